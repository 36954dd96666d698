using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Hosting;
using EnterpriseSocial.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Attachments;

/// <summary>
/// Deletes, every hour on each node, what nobody can fetch any more: the uploads no post took within
/// <see cref="AttachmentSettings.UnattachedKeptFor"/> (a composer abandoned, a draft thrown away), and
/// the attachments of deleted posts, whose text is already gone. A post scheduled for later keeps its
/// uploads until it is published or cancelled. A row goes before its file, and an upload only while
/// still unattached: a post that takes it meanwhile keeps it whole.
/// </summary>
internal sealed class DiscardedAttachments(ActivityDbContext db, IFileStore store, IOptions<AttachmentSettings> options, TimeProvider clock) : IRecurringWork
{
    private const int Batch = 500;

    public async Task<int> RunAsync(CancellationToken cancellationToken) =>
        await DeleteUnattachedAsync(cancellationToken) + await DeleteOfDeletedPostsAsync(cancellationToken);

    private async Task<int> DeleteUnattachedAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - options.Value.UnattachedKeptFor;
        var deleted = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Attachments.AsNoTracking().Where(a => a.PostId == null);
            query = after is { } last ? query.Where(a => a.Id.CompareTo(last) > 0) : query;
            var batch = await query.OrderBy(a => a.Id).Take(Batch)
                .Select(a => new { a.Id, a.UploaderId, a.CreatedAt, a.StorageKey }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return deleted;
            }

            after = batch[^1].Id;
            // SQLite cannot compare the stored times: they are compared here.
            var expired = batch.Where(a => a.CreatedAt < cutoff).ToList();
            var scheduled = await ScheduledAttachmentsAsync(expired.Select(a => a.UploaderId).Distinct().ToList(), cancellationToken);
            foreach (var upload in expired.Where(a => !scheduled.Contains(a.Id)))
            {
                if (await db.Attachments.Where(a => a.Id == upload.Id && a.PostId == null).ExecuteDeleteAsync(cancellationToken) == 1)
                {
                    await store.DeleteAsync(upload.StorageKey, cancellationToken);
                    deleted++;
                }
            }
        }
    }

    /// <summary>A deleted post stays deleted (moderation restores only what it hid): its attachments go at once.</summary>
    private async Task<int> DeleteOfDeletedPostsAsync(CancellationToken cancellationToken)
    {
        var deleted = 0;
        while (true)
        {
            var batch = await db.Attachments.AsNoTracking().Where(a => db.Posts.Any(p => p.Id == a.PostId && p.DeletedAt != null))
                .OrderBy(a => a.Id).Take(Batch).Select(a => new { a.Id, a.StorageKey }).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return deleted;
            }

            var ids = batch.Select(a => a.Id).ToList();
            await db.Attachments.Where(a => ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
            foreach (var attachment in batch)
            {
                await store.DeleteAsync(attachment.StorageKey, cancellationToken);
            }

            deleted += batch.Count;
        }
    }

    private async Task<HashSet<Guid>> ScheduledAttachmentsAsync(List<Guid> uploaders, CancellationToken cancellationToken)
    {
        if (uploaders.Count == 0)
        {
            return [];
        }

        var requests = await db.ScheduledPosts.AsNoTracking().Where(s => uploaders.Contains(s.AuthorId)).Select(s => s.Request).ToListAsync(cancellationToken);
        return requests.SelectMany(request => ScheduledPosts.Deserialize(request).AttachmentIds ?? []).ToHashSet();
    }
}
