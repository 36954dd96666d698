using EnterpriseSocial.Activity.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>
/// Keeps SQLite's search indexes (<see cref="SearchWords"/>) up with the rows waiting for them, a batch per
/// write turn, so that a post's own transaction never pays for its trigrams. Other databases have no such index.
/// </summary>
internal sealed partial class SearchWordIndexer(IServiceScopeFactory scopes, TimeProvider time, ILogger<SearchWordIndexer> logger) : BackgroundService
{
    /// <summary>Small enough that a request waiting for the write turn waits a few milliseconds at most.</summary>
    public const int Batch = 100;

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(500);

    /// <summary>Indexes one batch of each source; false when nothing was waiting.</summary>
    public async Task<bool> IndexAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        // Asked outside a transaction, so that an idle node takes no write turn.
        if (!await AnyWaitingAsync(db, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SearchWords.IndexWaiting, [new SqliteParameter("@batch", Batch)], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        bool? onSqlite = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                onSqlite ??= await OnSqliteAsync();
                if (onSqlite == false)
                {
                    return;
                }

                if (!await IndexAsync(stoppingToken))
                {
                    await Task.Delay(Pause, time, stoppingToken);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever went wrong, the node keeps serving, and searches stay right: waiting rows are searched by their stored text.
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

    private static Task<bool> AnyWaitingAsync(ActivityDbContext db, CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<bool>($"""SELECT EXISTS (SELECT 1 FROM "{SearchWords.Waiting}") AS "Value" """).SingleAsync(cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexing posts and comments for search failed; it is tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
