using System.Globalization;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace EnterpriseSocial.Benchmarks;

/// <summary>Bulk writes straight into a module's tables, the way each provider writes fastest.</summary>
internal sealed class TableWriter(DatabaseProvider provider, string connectionString)
{
    public async Task WriteAsync(string schema, string table, string[] columns, IEnumerable<object?[]> rows)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            var copy = $"COPY \"{schema}\".\"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var importer = await connection.BeginBinaryImportAsync(copy);
            foreach (var row in rows)
            {
                await importer.WriteRowAsync(default, row.Select(v => v ?? DBNull.Value).ToArray());
            }

            await importer.CompleteAsync();
            return;
        }

        await using var sqlite = new SqliteConnection(connectionString);
        await sqlite.OpenAsync();
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var command = sqlite.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{schema}_{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add($"$p{i}", SqliteType.Text)).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = SqliteValue(row[i]);
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    public async Task ExecuteAsync(string postgreSql, string sqlite)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(postgreSql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
            return;
        }

        await using var sqliteConnection = new SqliteConnection(connectionString);
        await sqliteConnection.OpenAsync();
        await using var sqliteCommand = new SqliteCommand(sqlite, sqliteConnection) { CommandTimeout = 600 };
        await sqliteCommand.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Indexes for search every post written, as the host does in the background on SQLite (ADR 0021): otherwise it
    /// would index them while being measured. Other databases have no such index.
    /// </summary>
    public async Task IndexForSearchAsync()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            await ExecuteAsync(postgreSql: string.Empty, sqlite: SearchWords.IndexNext(-1) + SearchWords.Optimize);
        }
    }

    /// <summary>
    /// Leaves a PostgreSQL database as autovacuum leaves one long in service: vacuumed, with statistics
    /// on every table. Otherwise autovacuum does it while the host is measured, and until then the
    /// planner meets a million rows it knows nothing of. SQLite has no such background work to settle.
    /// </summary>
    public async Task SettleAsync()
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            await ExecuteAsync("VACUUM (ANALYZE)", sqlite: string.Empty);
        }
    }

    /// <summary>The highest post sequence so far: generated posts follow the demo company's.</summary>
    public async Task<long> LastPostSequenceAsync()
    {
        await using System.Data.Common.DbConnection connection = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = provider == DatabaseProvider.PostgreSql
            ? "SELECT COALESCE(MAX(\"Sequence\"), 0) FROM activity.\"Posts\""
            : "SELECT COALESCE(MAX(\"Sequence\"), 0) FROM \"activity_Posts\"";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<(Guid Id, string Email)>> DemoPeopleAsync()
    {
        var sql = provider == DatabaseProvider.PostgreSql
            ? "SELECT \"Id\", \"Email\" FROM profiles.\"Profiles\" ORDER BY \"Email\""
            : "SELECT \"Id\", \"Email\" FROM \"profiles_Profiles\" ORDER BY \"Email\"";
        var people = new List<(Guid, string)>();
        await using System.Data.Common.DbConnection connection = provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(connectionString)
            : new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            people.Add((Guid.Parse(reader.GetValue(0).ToString()!), reader.GetString(1)));
        }

        return people;
    }

    // EF Core's SQLite provider stores Guids as upper-case text and DateTimeOffsets as ISO text; queries compare them as text.
    private static object SqliteValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid guid => guid.ToString().ToUpperInvariant(),
        DateTimeOffset time => time.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        bool flag => flag ? 1 : 0,
        _ => value,
    };
}
