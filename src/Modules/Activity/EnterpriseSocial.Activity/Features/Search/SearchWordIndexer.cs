using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>
/// Keeps SQLite's search indexes (<see cref="SearchWords"/>) up with what is written, a batch per write turn, so that
/// a post's own transaction never pays for its trigrams. While people write faster than <see cref="BusyRowsPerSecond"/>,
/// it waits, up to <see cref="MostBehind"/> rows behind: under CPU contention a batch held SQLite's write turn for
/// 20–50 ms, in the way of the posts. Rows not indexed yet are still found, by their stored text. Other databases
/// have no such index.
/// </summary>
internal sealed partial class SearchWordIndexer(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchWordIndexer> logger) : BackgroundService
{
    /// <summary>Small enough that a request waiting for the write turn behind a batch waits a few milliseconds.</summary>
    private const int Batch = 50;

    /// <summary>Faster than a large company's busiest hour, slower than a burst of imports or a load test.</summary>
    private const double BusyRowsPerSecond = 40;

    /// <summary>How far behind the indexer lets busy writers take it; the rows beyond are read by their text, newest first.</summary>
    private const long MostBehind = 20_000;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>Indexes one batch of each source.</summary>
    private async Task IndexAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SearchWords.IndexNext(Batch), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>About how many rows wait to be indexed; asked outside a transaction, so that an idle node takes no write turn.</summary>
    private async Task<long> BehindAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Database.SqlQueryRaw<long>(SearchWords.Behind).SingleAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bool? onSqlite = null;
        var (behindBefore, lookedAt) = (long.MaxValue, time.GetTimestamp());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                onSqlite ??= await OnSqliteAsync();
                if (onSqlite == false)
                {
                    return;
                }

                var behind = await BehindAsync(stoppingToken);
                var arriving = (behind - behindBefore) / time.GetElapsedTime(lookedAt).TotalSeconds;
                if (behind <= 0 || (arriving > BusyRowsPerSecond && behind < MostBehind))
                {
                    (behindBefore, lookedAt) = (behind, time.GetTimestamp());
                    await Task.Delay(Pause, time, stoppingToken);
                    continue;
                }

                var started = time.GetTimestamp();
                await IndexAsync(stoppingToken);
                (behindBefore, lookedAt) = (await BehindAsync(stoppingToken), time.GetTimestamp());
                // However far behind, the indexer takes at most a third of the time, waits for the turn included.
                await Task.Delay(time.GetElapsedTime(started) * 2, time, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the node keeps serving, and searches stay right: rows not indexed are searched by their stored text.
                LogFailed(logger, exception);
                await Task.Delay(Pause, time, stoppingToken);
            }
        }
    }

    private async Task<bool> OnSqliteAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Database.IsSqlite();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexing posts and comments for search failed; it is tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
