using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Sources;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Demo;

/// <summary>
/// Tells each person of the demo company who follows them, through the notifications' own writer,
/// as the follows' events would have: the demo company's follows are written straight into their
/// tables, so without this every bell would be silent and the e-mail avoided measure at zero on the
/// first start.
/// </summary>
internal sealed class DemoNotificationsSeeder(NotificationsDbContext db, IPeopleRoster roster, IFollowGraph graph, NotificationWriter writer, TimeProvider clock)
    : IDemoSeeder
{
    private const int Page = 500;

    /// <summary>After every other module's demo data: the follows are the people module's.</summary>
    public int Order => 40;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Notifications.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var followersOf = new Dictionary<Guid, List<Guid>>();
        string? cursor = null;
        do
        {
            var people = await roster.ListAsync(cursor, Page, cancellationToken);
            foreach (var person in people.Items)
            {
                followersOf[person.Id] = await FollowersAsync(person.Id, cancellationToken);
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
    private async Task<List<Guid>> FollowersAsync(Guid person, CancellationToken cancellationToken)
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
