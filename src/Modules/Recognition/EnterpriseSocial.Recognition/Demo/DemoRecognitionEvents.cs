using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Demo;

/// <summary>
/// The demo's praise and achievements as the <see cref="PraiseGiven"/> and <see cref="BadgeAwarded"/> they
/// would have raised, each at its own time. The demo copies no manager, and the givers' departments are
/// read as they are now: the demo's people never moved.
/// </summary>
internal sealed class DemoRecognitionEvents(RecognitionDbContext db, IProfileDirectory directory) : IDemoHistory
{
    public async Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken)
    {
        var praise = await db.Praise.AsNoTracking().Include(p => p.Receivers).ToListAsync(cancellationToken);
        var givers = (await directory.GetSummariesAsync(praise.Select(p => p.GiverId).Distinct().ToList(), cancellationToken))
            .ToDictionary(p => p.Id, p => p.Department);
        var awards = await db.Awards.AsNoTracking()
            .Join(db.Badges.Where(b => b.AchievementKey != null), a => a.BadgeId, b => b.Id, (a, b) => new { a.PersonId, a.BadgeId, b.AchievementKey, a.AwardedAt })
            .ToListAsync(cancellationToken);
        return
        [
            .. praise.Select(p => new PraiseGiven(
                p.Id, p.GiverId, givers.GetValueOrDefault(p.GiverId) ?? string.Empty, p.Receivers.Select(r => r.PersonId).ToList(),
                p.Receivers.Select(r => r.Department).ToList(), p.BadgeId, p.Value, p.Message, p.SpaceId, [])
            { OccurredAt = p.CreatedAt }),
            .. awards.Select(a => new BadgeAwarded(a.PersonId, a.BadgeId, a.AchievementKey!) { OccurredAt = a.AwardedAt }),
        ];
    }
}
