using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Settings SQLite keeps per connection, applied once to each connection of the pool:
/// <list type="bullet">
/// <item>SQLite itself waits for the write lock, in steps of a few milliseconds. Without it the ADO.NET
/// provider retries a busy database after sleeping 150 ms.</item>
/// <item>In WAL mode (ADR 0004) a commit is written to the log without waiting for the disk to flush
/// it; the log is flushed at checkpoints. A commit stays atomic and the file consistent after a crash
/// of the machine, which may lose the last commits before the crash (ADR 0024). Waiting for a flush
/// on every commit, with the write lock held, bounded every write on the embedded default.</item>
/// </list>
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL;";

    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // A pooled connection keeps its native handle, and the handle keeps its settings.
        var handle = ((SqliteConnection)connection).Handle;
        if (handle is null || configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        configured.AddOrUpdate(handle, handle);
    }
}
