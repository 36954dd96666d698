using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Demo;

/// <summary>The demo's follows as the <see cref="PersonFollowed"/> they would have raised, each at its own time.</summary>
internal sealed class DemoFollowEvents(ProfilesDbContext db) : IDemoHistory
{
    public async Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken) =>
        (await db.Follows.AsNoTracking().ToListAsync(cancellationToken))
            .Select(f => new PersonFollowed(f.FollowerId, f.FolloweeId) { OccurredAt = f.CreatedAt })
            .ToList<IntegrationEvent>();
}
