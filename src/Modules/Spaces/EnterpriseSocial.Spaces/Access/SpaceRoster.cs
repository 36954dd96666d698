using System.Globalization;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Access;

internal sealed class SpaceRoster(SpacesDbContext db) : ISpaceRoster
{
    public async Task<IReadOnlyList<Guid>> ManagersAsync(Guid spaceId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.SpaceId == spaceId && (m.Role == SpaceRole.Owner || m.Role == SpaceRole.Manager))
            .Select(m => m.PersonId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Guid>> SpacesOfAsync(Guid personId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking().Where(m => m.PersonId == personId).Select(m => m.SpaceId).ToListAsync(cancellationToken);

    public Task<int> MemberCountAsync(Guid spaceId, CancellationToken cancellationToken) =>
        db.Memberships.CountAsync(m => m.SpaceId == spaceId, cancellationToken);

    public async Task<CursorPage<Guid>> MembersAsync(Guid spaceId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var after = long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence : 0;
        var page = await db.Memberships.AsNoTracking().Where(m => m.SpaceId == spaceId && m.Sequence > after)
            .OrderBy(m => m.Sequence).Take(limit + 1).Select(m => new { m.Sequence, m.PersonId }).ToListAsync(cancellationToken);
        var next = page.Count > limit ? page[limit - 1].Sequence.ToString(CultureInfo.InvariantCulture) : null;
        return new CursorPage<Guid>(page.Take(limit).Select(m => m.PersonId).ToList(), next);
    }
}
