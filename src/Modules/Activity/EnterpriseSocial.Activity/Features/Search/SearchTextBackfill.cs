using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>
/// Indexes, once at start, the posts, comments, files and direct messages written before search existed: their folded text
/// cannot be made in SQL the same way on every database. Newest first, so that what people look for
/// most is found soonest. Each row is written only while still unindexed, so an edit made meanwhile
/// and another node doing the same work never lose anything.
/// </summary>
internal sealed partial class SearchTextBackfill(IServiceScopeFactory scopes, ILogger<SearchTextBackfill> logger) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>A row to index: its key, and the text search reads folded (a body's HTML, a file's name).</summary>
    private sealed record Unindexed<TKey>(TKey Key, string Source);

    public async Task<int> FillAsync(CancellationToken cancellationToken)
    {
        var posts = await FillAsync(
            db => db.Posts.Where(p => p.SearchText == null).OrderByDescending(p => p.Sequence).Select(p => new Unindexed<long>(p.Sequence, p.BodyHtml)),
            SearchableText.Of,
            (db, row, text) => db.Posts.Where(p => p.Sequence == row.Key && p.SearchText == null)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.SearchText, text), cancellationToken),
            cancellationToken);
        var comments = await FillAsync(
            db => db.Comments.Where(c => c.SearchText == null).OrderByDescending(c => c.Sequence).Select(c => new Unindexed<long>(c.Sequence, c.BodyHtml)),
            SearchableText.Of,
            (db, row, text) => db.Comments.Where(c => c.Sequence == row.Key && c.SearchText == null)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.SearchText, text), cancellationToken),
            cancellationToken);
        var files = await FillAsync(
            // Ids are made in time order; SQLite cannot order by a time with its offset.
            db => db.Attachments.Where(a => a.SearchName == null).OrderByDescending(a => a.Id).Select(a => new Unindexed<Guid>(a.Id, a.FileName)),
            SearchableText.OfName,
            (db, row, name) => db.Attachments.Where(a => a.Id == row.Key && a.SearchName == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.SearchName, name), cancellationToken),
            cancellationToken);
        var messages = await FillAsync(
            db => db.DirectMessages.Where(m => m.SearchText == null).OrderByDescending(m => m.Sequence).Select(m => new Unindexed<long>(m.Sequence, m.BodyHtml)),
            SearchableText.Of,
            (db, row, text) => db.DirectMessages.Where(m => m.Sequence == row.Key && m.SearchText == null)
                .ExecuteUpdateAsync(set => set.SetProperty(m => m.SearchText, text), cancellationToken),
            cancellationToken);
        return posts + comments + files + messages;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var indexed = await FillAsync(stoppingToken);
            if (indexed > 0)
            {
                LogIndexed(logger, indexed);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // Whatever went wrong, the node keeps serving: only searches for older rows miss them until the next start.
            LogFailed(logger, exception);
        }
    }

    private async Task<int> FillAsync<TKey>(
        Func<ActivityDbContext, IQueryable<Unindexed<TKey>>> unindexed,
        Func<string, string> fold,
        Func<ActivityDbContext, Unindexed<TKey>, string, Task<int>> write,
        CancellationToken cancellationToken)
    {
        var indexed = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            var rows = await unindexed(db).AsNoTracking().Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return indexed;
            }

            foreach (var row in rows)
            {
                await write(db, row, fold(row.Source));
            }

            indexed += rows.Count;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Count} posts, comments, files and messages written before search")]
    private static partial void LogIndexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Indexing earlier posts, comments, files and messages for search failed; it resumes at the next start")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
