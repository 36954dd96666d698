using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Copies SQLite's write-ahead log back into the database file in the background (ADR 0037). SQLite
/// does it itself in the commit that takes the log past 1 000 pages, and that commit, with every
/// writer waiting for its turn behind it (ADR 0024), then waits for the copy and its flushes to disk:
/// 36 to 84 ms measured on an announcement's commit. The host's connections never checkpoint
/// (<see cref="SqlitePragmas"/>); this service does, once a second, passively: it copies what no reader
/// still needs, without the write lock, while writers go on appending to the log.
/// </summary>
internal sealed partial class SqliteCheckpoints(IConfiguration configuration, TimeProvider clock, ILogger<SqliteCheckpoints> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // A connection of its own for each checkpoint: one that has not read since the file turned to
        // WAL (the host may start before its migrations run) would not know that it has a log to copy.
        var ownConnection = new SqliteConnectionStringBuilder(DatabaseSettings.From(configuration).ConnectionString) { Pooling = false }.ToString();
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var connection = new SqliteConnection(ownConnection);
                await connection.OpenAsync(stoppingToken);
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                await checkpoint.ExecuteNonQueryAsync(stoppingToken);
            }
            catch (SqliteException exception)
            {
                LogCheckpointFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checkpointing the SQLite log failed; the next interval tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);
}
