using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Notifications.Sources;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Demo;

/// <summary>
/// The demo company's notifications, written through the notifications' own writer as the events
/// would have had them: its follows, posts, comments and reactions are written straight into their
/// tables, so without this every bell would be silent and the e-mail avoided measure at zero on the
/// first start. The month of conversations comes first, each at its own time; what is older than a
/// few days is read, and everyone's app has shown them their notifications, so none of it goes out
/// by e-mail. Then each person is told who follows them.
/// </summary>
internal sealed class DemoNotificationsSeeder(
    NotificationsDbContext db, IPeopleRoster roster, IFollowGraph graph, IDemoConversations conversations, NotificationWriter writer, TimeProvider clock)
    : IDemoSeeder
{
    /// <summary>What happened before this is read, as people who use the app daily would have.</summary>
    private static readonly TimeSpan ReadAfter = TimeSpan.FromDays(3);

    private const int Page = 500;

    /// <summary>After every other module's demo data: the follows are the people module's.</summary>
    public int Order => 40;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Notifications.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await ConversationsAsync(cancellationToken);
        await FollowersAsync(cancellationToken);
    }

    private async Task ConversationsAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var happened in await conversations.EventsAsync(cancellationToken))
        {
            await writer.WriteAsync(Drafts(happened), happened.OccurredAt, cancellationToken);
        }

        // The writer's inboxes are read again: their counters were raised in the database, not in the entities it created.
        db.ChangeTracker.Clear();
        var inboxes = await db.Inboxes.ToDictionaryAsync(i => i.PersonId, cancellationToken);
        var readBefore = now - ReadAfter;
        // Compared here: SQLite cannot compare times with offsets, and the demo's few thousand entries are all there is.
        foreach (var entries in (await db.Notifications.OrderBy(n => n.Sequence).ToListAsync(cancellationToken)).GroupBy(n => n.RecipientId))
        {
            // Shown when the latest arrived: seen, so never e-mailed, and away since then like anyone who has not opened the app today.
            inboxes[entries.Key].Saw(inboxes[entries.Key].LastSequence, entries.Max(n => n.UpdatedAt));
            var old = entries.Where(n => n.UpdatedAt < readBefore).ToList();
            if (old.Count > 0)
            {
                var change = await InboxCounters.ReserveAsync(db, entries.Key, old.Count, cancellationToken);
                old.ForEach(n => n.MarkRead(n.UpdatedAt + TimeSpan.FromHours(2), change++));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What the consumers of these events notify; the demo's posts announce nothing.</summary>
    private static IReadOnlyList<NotificationDraft> Drafts(IntegrationEvent happened) => happened switch
    {
        PostPublished post => OnPostPublished.MentionDrafts(post),
        CommentAdded comment => OnCommentAdded.Drafts(comment),
        ReactionGiven reaction => [OnReactionGiven.Draft(reaction)],
        _ => [],
    };

    private async Task FollowersAsync(CancellationToken cancellationToken)
    {
        var followersOf = new Dictionary<Guid, List<Guid>>();
        string? cursor = null;
        do
        {
            var people = await roster.ListAsync(cursor, Page, cancellationToken);
            foreach (var person in people.Items)
            {
                followersOf[person.Id] = await FollowersOfAsync(person.Id, cancellationToken);
            }

            cursor = people.NextCursor;
        }
        while (cursor is not null);

        // The writer takes one event's drafts at a time, one per person and group: the n-th follower of everyone goes in the n-th round.
        var now = clock.GetUtcNow();
        for (var rank = 0; ; rank++)
        {
            var drafts = followersOf.Where(f => f.Value.Count > rank).Select(f => OnPersonFollowed.Draft(f.Key, f.Value[rank])).ToList();
            if (drafts.Count == 0)
            {
                return;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await writer.WriteAsync(drafts, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Oldest first, so that the newest leads each entry as it would have.</summary>
    private async Task<List<Guid>> FollowersOfAsync(Guid person, CancellationToken cancellationToken)
    {
        var followers = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await graph.FollowersAsync(person, cursor, Page, cancellationToken);
            followers.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        followers.Reverse();
        return followers;
    }
}
