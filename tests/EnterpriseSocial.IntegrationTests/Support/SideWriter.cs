using System.Globalization;
using Npgsql;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// A second writer on a test's PostgreSQL database, in a transaction of its own, holding rows that the
/// request under test then waits for: how a test makes two writes meet at a chosen moment. It looks for
/// deadlocks only after a minute, so that in one the request's side is always the one that fails.
/// </summary>
internal sealed class SideWriter : IAsyncDisposable
{
    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;

    private SideWriter(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<SideWriter> BeginAsync(TestDatabase database)
    {
        var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var writer = new SideWriter(connection, await connection.BeginTransactionAsync());
        await writer.ExecuteAsync("SET LOCAL deadlock_timeout = '60s'");
        return writer;
    }

    /// <summary>A statement with positional parameters (<c>$1</c>, <c>$2</c>, …).</summary>
    public async Task ExecuteAsync(string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    public Task CommitAsync() => transaction.CommitAsync();

    public Task RollbackAsync() => transaction.RollbackAsync();

    /// <summary>Sessions of the database waiting for a row lock in a statement that names the table.</summary>
    public static Task<long> WaitingOnLocksAsync(TestDatabase database, string table) => ScalarAsync(database,
        $"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%\"{table}\"%'");

    /// <summary>The deadlocks PostgreSQL has ended in the database (its statistics may trail by a few seconds).</summary>
    public static Task<long> DeadlocksAsync(TestDatabase database) =>
        ScalarAsync(database, "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()");

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }

    /// <summary>One number read from the database on a connection of its own, outside any writer's transaction.</summary>
    public static async Task<long> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
