using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>
/// Each person's counter of changes to their notifications, kept on their inbox: new activity and
/// read marks take its next numbers. Raising a counter in the database holds the inbox row until
/// commit, so no number becomes visible to a catch-up before a smaller one.
/// </summary>
internal static class InboxCounters
{
    /// <summary>
    /// Reserves as many numbers as each person is counted for, creating the inboxes that do not exist
    /// yet; returns each person's first reserved number. The raise comes first, so that one read
    /// afterwards tells both the numbers and who has no inbox yet.
    /// </summary>
    public static async Task<Dictionary<Guid, long>> ReserveAsync(NotificationsDbContext db, IReadOnlyDictionary<Guid, int> counts, CancellationToken cancellationToken)
    {
        var people = counts.Keys.ToList();
        foreach (var group in counts.GroupBy(c => c.Value, c => c.Key))
        {
            var ids = group.ToList();
            await db.Inboxes.Where(i => ids.Contains(i.PersonId))
                .ExecuteUpdateAsync(set => set.SetProperty(i => i.LastSequence, i => i.LastSequence + group.Key), cancellationToken);
        }

        var last = await db.Inboxes.AsNoTracking().Where(i => people.Contains(i.PersonId))
            .Select(i => new { i.PersonId, i.LastSequence }).ToDictionaryAsync(i => i.PersonId, i => i.LastSequence, cancellationToken);
        var created = people.Where(p => !last.ContainsKey(p)).ToList();
        if (created.Count > 0)
        {
            foreach (var person in created)
            {
                db.Inboxes.Add(new Inbox { PersonId = person, LastSequence = counts[person] });
                last[person] = counts[person];
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return last.ToDictionary(i => i.Key, i => i.Value - counts[i.Key] + 1);
    }

    /// <summary>Reserves <paramref name="count"/> numbers of one person's counter; returns the first.</summary>
    public static async Task<long> ReserveAsync(NotificationsDbContext db, Guid person, int count, CancellationToken cancellationToken) =>
        (await ReserveAsync(db, new Dictionary<Guid, int> { [person] = count }, cancellationToken))[person];

    /// <summary>Holds the person's inbox row until commit without taking a number, so no new activity changes their entries meanwhile.</summary>
    public static Task HoldAsync(NotificationsDbContext db, Guid person, CancellationToken cancellationToken) => HoldAsync(db, [person], cancellationToken);

    /// <summary>Holds these people's inbox rows until commit.</summary>
    public static Task HoldAsync(NotificationsDbContext db, List<Guid> people, CancellationToken cancellationToken) =>
        db.Inboxes.Where(i => people.Contains(i.PersonId))
            .ExecuteUpdateAsync(set => set.SetProperty(i => i.LastSequence, i => i.LastSequence), cancellationToken);
}
