using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>
/// Stores what events mean for people, in the caller's transaction: leaves out whoever may not see
/// the content now, has turned the type off or muted its conversation or space; groups with the
/// entries already there; numbers every change in each person's order; counts the deliveries.
/// An announcement's audience is thousands of people: their ids go to the database as one array
/// parameter (ADR 0025) rather than one parameter each, which SQLite binds in quadratic time.
/// </summary>
internal sealed class NotificationWriter(NotificationsDbContext db, IPostGlimpses posts, NotificationPreferences preferences, TimeProvider clock)
{
    private const int Batch = 2000;

    /// <summary>
    /// Returns what to push after commit: each person's changed entries, leaving out the people in
    /// their quiet hours, read from the preferences already loaded here. A person written in two
    /// chunks has one change: this transaction holds their inbox, so the second chunk's numbers
    /// follow right after the first's.
    /// </summary>
    public async Task<IReadOnlyList<InboxChange>> WriteAsync(IReadOnlyList<NotificationDraft> drafts, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // PostgreSQL keeps microseconds: a pushed entry carries the times that fetching it returns.
        occurredAt = occurredAt.AddTicks(-(occurredAt.Ticks % TimeSpan.TicksPerMicrosecond));
        var awake = new List<InboxChange>();
        foreach (var chunk in drafts.Where(d => d.RecipientId != d.ActorId).DistinctBy(d => (d.RecipientId, d.GroupKey)).Chunk(Batch))
        {
            var (wanted, settings) = await WantedAsync(chunk, cancellationToken);
            if (wanted.Count > 0)
            {
                var changes = await StoreAsync(wanted, occurredAt, cancellationToken);
                var now = clock.GetUtcNow();
                awake.AddRange(changes.Where(c => !settings[c.PersonId].IsQuiet(now)));
            }
        }

        return awake.GroupBy(c => c.PersonId).Select(InboxChange.Join).ToList();
    }

    private async Task<(List<NotificationDraft> Wanted, IReadOnlyDictionary<Guid, NotificationSettings> Settings)> WantedAsync(
        IReadOnlyList<NotificationDraft> drafts, CancellationToken cancellationToken)
    {
        var recipients = drafts.Select(d => d.RecipientId).Distinct().ToList();
        var settings = await preferences.ForAsync(recipients, cancellationToken);
        var mutes = (await db.Mutes.AsNoTracking().Where(m => recipients.Contains(m.PersonId)).ToListAsync(cancellationToken)).ToLookup(m => m.PersonId);
        var wanted = drafts.Where(d => settings[d.RecipientId].InApp(d.Type) && !mutes[d.RecipientId].Any(m => Silences(m, d))).ToList();

        var readers = new Dictionary<Guid, IReadOnlySet<Guid>>();
        foreach (var post in wanted.Where(d => d.PostId is not null).GroupBy(d => d.PostId!.Value))
        {
            readers[post.Key] = await posts.ReadersAsync(post.Key, post.Select(d => d.RecipientId).ToList(), cancellationToken);
        }

        return (wanted.Where(d => d.PostId is not { } post || readers[post].Contains(d.RecipientId)).ToList(), settings);
    }

    private static bool Silences(Mute mute, NotificationDraft draft) => mute.Kind switch
    {
        MuteKind.Conversation => draft.PostId == mute.TargetId,
        MuteKind.Space => draft.SpaceId == mute.TargetId,
        MuteKind.Messages => draft.Type == NotificationTypes.Message && draft.ActorId == mute.TargetId,
        _ => false,
    };

    private async Task<IReadOnlyList<InboxChange>> StoreAsync(List<NotificationDraft> drafts, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var sequences = await InboxCounters.ReserveAsync(db, drafts.CountBy(d => d.RecipientId).ToDictionary(), cancellationToken);
        var recipients = sequences.Keys.ToList();
        var keys = drafts.Select(d => d.GroupKey).Distinct().ToList();
        var existing = await db.Notifications.Where(n => recipients.Contains(n.RecipientId) && keys.Contains(n.GroupKey))
            .ToDictionaryAsync(n => (n.RecipientId, n.GroupKey), cancellationToken);
        var created = new List<Notification>();
        var changes = sequences.ToDictionary(s => s.Key, s => new InboxChange(s.Key, s.Value - 1));
        foreach (var draft in drafts)
        {
            var sequence = sequences[draft.RecipientId]++;
            var change = changes[draft.RecipientId];
            if (existing.TryGetValue((draft.RecipientId, draft.GroupKey), out var notification))
            {
                change.UnreadAdded += notification.IsRead ? 1 : 0;
                notification.Apply(draft, sequence, occurredAt);
            }
            else
            {
                notification = Notification.Create(draft, sequence, occurredAt);
                created.Add(notification);
                change.UnreadAdded++;
            }

            change.Changed.Add(notification);
        }

        await db.BulkInsertAsync(created, cancellationToken);

        await CountAsync(drafts, occurredAt, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return changes.Values.ToList();
    }

    /// <summary>Counted on the day of the activity they tell of, which is the day of their delivery unless the outbox fell behind.</summary>
    private async Task CountAsync(List<NotificationDraft> drafts, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(occurredAt.UtcDateTime);
        foreach (var type in drafts.GroupBy(d => d.Type))
        {
            await DeliveryCounts.AddAsync(db, day, type.Key, type.Count(), emailed: 0, cancellationToken);
        }
    }
}
