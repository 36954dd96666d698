using System.Collections.Concurrent;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenIddict.Server;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>
/// A fresh database of one provider for one test class: a temporary SQLite file, or a new database
/// on the PostgreSQL server the test command started on loopback; empty, or holding the demo company.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The server the test command starts; override with ES_TEST_POSTGRES.</summary>
    public static readonly string PostgresServer =
        Environment.GetEnvironmentVariable("ES_TEST_POSTGRES")
        ?? "Host=127.0.0.1;Port=55432;Username=postgres;Password=postgres";

    private static readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestDatabase>>> DemoCompanies = new();

    static TestDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) => DropDemoCompanies();

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<ValueTask> drop, string location)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
        this.location = location;
    }

    private readonly Func<ValueTask> drop;

    /// <summary>The SQLite file, or the PostgreSQL database's name.</summary>
    private readonly string location;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file; none on PostgreSQL.</summary>
    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? location : null;

    public static Task<TestDatabase> CreateAsync(DatabaseProvider provider) => CreateAsync(provider, copyOf: null);

    /// <summary>
    /// A copy of a database that the Development host migrated and filled with the demo company on
    /// its first start, every event the demo raised handled. The host builds it once per provider
    /// and test run; each test class gets a copy of the file, or a PostgreSQL database made from it
    /// as a template, instead of migrating, seeding and handling thousands of events again.
    /// </summary>
    public static async Task<TestDatabase> WithDemoCompanyAsync(DatabaseProvider provider)
    {
        var demo = await DemoCompanies.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => SeedDemoCompanyAsync(p))).Value;
        return await CreateAsync(provider, demo);
    }

    private static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, TestDatabase? copyOf)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"es-test-{Guid.NewGuid():N}.db");
            if (copyOf is not null)
            {
                // Nothing writes to it any more: the file and what its log still holds are one consistent copy.
                File.Copy(copyOf.location, file);
                if (File.Exists(copyOf.location + "-wal"))
                {
                    File.Copy(copyOf.location + "-wal", file + "-wal");
                }
            }

            var source = $"Data Source={file}";
            return new TestDatabase(provider, source, () =>
            {
                ClosePooledConnections(source);
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }

                return ValueTask.CompletedTask;
            }, file);
        }

        var name = $"es_test_{Guid.NewGuid():N}";
        await ExecuteOnServerAsync(copyOf is null ? $"CREATE DATABASE {name}" : $"CREATE DATABASE {name} TEMPLATE {copyOf.location}");
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString;
        return new TestDatabase(provider, connectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }, name);
    }

    /// <summary>At the end of the run; files first, as the test runner gives a finishing process little time.</summary>
    private static void DropDemoCompanies()
    {
        foreach (var demo in DemoCompanies.OrderBy(d => d.Key != DatabaseProvider.Sqlite).Select(d => d.Value))
        {
            if (demo.IsValueCreated && demo.Value.IsCompletedSuccessfully)
            {
                demo.Value.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
    }

    private static async Task<TestDatabase> SeedDemoCompanyAsync(DatabaseProvider provider)
    {
        var database = await CreateAsync(provider);
        await using (var host = new HostFactory(database))
        {
            _ = host.Server;
            await host.EventsHandledAsync("the demo data's events are handled", TimeSpan.FromMinutes(10));
            // The token server makes its keys on first use (two RSA keys take most of a second here):
            // made once in the template, each test class's host reads them instead of making its own.
            _ = host.Services.GetRequiredService<IOptions<OpenIddictServerOptions>>().Value;
        }

        // A PostgreSQL template must have no open connection; a SQLite file is copied whole once its
        // log is written back, which a pooled connection could otherwise do in the middle of a copy.
        if (provider == DatabaseProvider.Sqlite)
        {
            ClosePooledConnections(database.ConnectionString);
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }

        return database;
    }

    /// <summary>Pooled connections keep a SQLite file open, and the last one to close writes its log back into it.</summary>
    private static void ClosePooledConnections(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>A provider whose server is not running: enough to build models and scripts, never to connect.</summary>
    public static TestDatabase Offline(DatabaseProvider provider, string connectionString) =>
        new(provider, connectionString, () => ValueTask.CompletedTask, string.Empty);

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
