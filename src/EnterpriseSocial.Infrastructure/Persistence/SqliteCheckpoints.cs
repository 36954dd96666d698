using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Copies the pages SQLite's write-ahead log holds into the database file about a second after
/// writes, on a connection of its own, instead of inside the commit that takes the log past 1 000
/// pages (ADR 0042). That commit used to wait for the copy and its flushes, and an announcement to a
/// thousand people with inboxes in service writes more than 1 000 pages on its own. A checkpoint
/// after a second copies each page once for all the commits that changed it meanwhile. Connections
/// still checkpoint themselves past a far larger log (<see cref="SqlitePragmas"/>), should this fall behind.
/// </summary>
internal sealed partial class SqliteCheckpoints(string connectionString, ILogger<SqliteCheckpoints> logger)
    : BackgroundService, IDbTransactionInterceptor, IDbCommandInterceptor
{
    private static readonly TimeSpan AfterWrites = TimeSpan.FromSeconds(1);

    // Never creates the file: a database removed meanwhile stays removed.
    private readonly string checkpointing = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString();
    private readonly SemaphoreSlim written = new(0, 1);
    private int awaited;

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wrote();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wrote();
        return Task.CompletedTask;
    }

    // ExecuteUpdate, ExecuteDelete and raw SQL outside a transaction commit on their own.
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        WroteAlone(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        WroteAlone(command);
        return ValueTask.FromResult(result);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await written.WaitAsync(stoppingToken);
                await Task.Delay(AfterWrites, stoppingToken);
                // Writes from here on call for the next checkpoint: this one may not copy them.
                Volatile.Write(ref awaited, 0);
                Checkpoint();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void WroteAlone(DbCommand command)
    {
        if (command.Transaction is null)
        {
            Wrote();
        }
    }

    private void Wrote()
    {
        if (Interlocked.Exchange(ref awaited, 1) == 0)
        {
            written.Release();
        }
    }

    /// <summary>A passive checkpoint waits for nobody: it copies what no reader still needs from the log; the next one copies the rest.</summary>
    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(checkpointing);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException exception)
        {
            LogCheckpointFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SQLite log could not be copied into the database file; the next writes try again.")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
