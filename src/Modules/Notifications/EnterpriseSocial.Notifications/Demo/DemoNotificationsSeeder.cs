using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Notifications.Sources;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Demo;

/// <summary>
/// The demo company's notifications, written through the notifications' own writer as the events of
/// its history would have had them, each at its own time (ADR 0044): the other modules write their demo
/// data straight into their tables, so without this every bell would be silent and the e-mail avoided
/// measure at zero on the first start. What is older than a few days is read, and everyone's app has
/// shown them their notifications, so none of it goes out by e-mail.
/// </summary>
internal sealed class DemoNotificationsSeeder(
    NotificationsDbContext db, IEnumerable<IDemoHistory> histories, NotificationWriter writer, ISpaceAccess spaces, TimeProvider clock) : IDemoSeeder
{
    /// <summary>What happened before this is read, as people who use the app daily would have.</summary>
    private static readonly TimeSpan ReadAfter = TimeSpan.FromDays(3);

    /// <summary>After every other module's demo data, which is what it tells of.</summary>
    public int Order => 40;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Notifications.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var history = await histories.AllEventsAsync(cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var happened in history.OrderBy(e => e.OccurredAt))
        {
            await writer.WriteAsync(await DraftsAsync(happened, cancellationToken), happened.OccurredAt, cancellationToken);
        }

        await ReadAndShownAsync(clock.GetUtcNow() - ReadAfter, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What the consumers of these events notify; the demo's posts announce nothing.</summary>
    private async Task<IReadOnlyList<NotificationDraft>> DraftsAsync(IntegrationEvent happened, CancellationToken cancellationToken) => happened switch
    {
        PersonFollowed followed => [OnPersonFollowed.Draft(followed.FolloweeId, followed.FollowerId)],
        PostPublished post => OnPostPublished.MentionDrafts(post),
        CommentAdded comment => OnCommentAdded.Drafts(comment),
        ReactionGiven reaction => [OnReactionGiven.Draft(reaction)],
        PraiseGiven praise => await OnPraiseGiven.DraftsAsync(praise, spaces, cancellationToken),
        BadgeAwarded awarded => [OnBadgeAwarded.Draft(awarded)],
        DirectMessageSent sent => [OnDirectMessageSent.Draft(sent)],
        _ => [],
    };

    private async Task ReadAndShownAsync(DateTimeOffset readBefore, CancellationToken cancellationToken)
    {
        // Every entry is read here: SQLite cannot compare times with offsets, and the demo's few thousand are all there is.
        var written = (await db.Notifications.OrderBy(n => n.Sequence).ToListAsync(cancellationToken)).GroupBy(n => n.RecipientId).ToList();
        foreach (var entries in written)
        {
            var old = entries.Where(n => n.UpdatedAt < readBefore).ToList();
            if (old.Count > 0)
            {
                var change = await InboxCounters.ReserveAsync(db, entries.Key, old.Count, cancellationToken);
                old.ForEach(n => n.MarkRead(n.UpdatedAt + TimeSpan.FromHours(2), change++));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // The inboxes are read afresh: their counters were raised in the database, not in the entities the writer created.
        db.ChangeTracker.Clear();
        var latest = written.ToDictionary(e => e.Key, e => e.Max(n => n.UpdatedAt));
        var people = latest.Keys.ToList();
        foreach (var inbox in await db.Inboxes.Where(i => people.Contains(i.PersonId)).ToListAsync(cancellationToken))
        {
            // Shown when the latest arrived: seen, so never e-mailed, and away since then like anyone who has not opened the app today.
            inbox.Saw(inbox.LastSequence, latest[inbox.PersonId]);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
