using EnterpriseSocial.Infrastructure.Persistence;
using Npgsql;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// A fresh, empty database of one provider for one test class: a temporary SQLite file, or a
/// new database on the PostgreSQL server the test command started on loopback.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The server the test command starts; override with ES_TEST_POSTGRES.</summary>
    public static readonly string PostgresServer =
        Environment.GetEnvironmentVariable("ES_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    private readonly Func<ValueTask> drop;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"es-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", () =>
            {
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }

                return ValueTask.CompletedTask;
            });
        }

        var name = $"es_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    /// <summary>A provider whose server is not running: enough to build models and scripts, never to connect.</summary>
    public static TestDatabase Offline(DatabaseProvider provider, string connectionString) =>
        new(provider, connectionString, () => ValueTask.CompletedTask);

    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Database:Provider", Provider.ToString()),
        new($"ConnectionStrings:{Provider}", ConnectionString),
    ];

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => drop();
}
