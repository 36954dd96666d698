using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Features.Spaces;

internal sealed record SpaceView(
    Guid Id,
    string Name,
    string Description,
    string Guidelines,
    string Visibility,
    bool Archived,
    int MemberCount,
    string? MyRole,
    bool RequestedToJoin,
    bool CanRead,
    DateTimeOffset CreatedAt,
    string Welcome,
    DateTimeOffset? JoinedAt,
    int CoverVersion,
    bool OnlyOwner);

internal static class SpaceViews
{
    public static string Name(SpaceVisibility visibility) => visibility.ToString().ToLowerInvariant();

    public static SpaceVisibility? ParseVisibility(string? name) =>
        Enum.GetValues<SpaceVisibility>().Cast<SpaceVisibility?>().FirstOrDefault(v => Name(v!.Value) == name);

    /// <summary>Views of a page of spaces for one reader, with two queries whatever the page size, and a third when they own some.</summary>
    public static async Task<List<SpaceView>> BuildAsync(SpacesDbContext db, Guid me, IReadOnlyList<Space> spaces, CancellationToken cancellationToken)
    {
        var ids = spaces.Select(s => s.Id).ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => m.PersonId == me && ids.Contains(m.SpaceId))
            .ToDictionaryAsync(m => m.SpaceId, cancellationToken);
        var requested = (await db.JoinRequests.AsNoTracking().Where(r => r.PersonId == me && ids.Contains(r.SpaceId))
            .Select(r => r.SpaceId).ToListAsync(cancellationToken)).ToHashSet();
        // The only owner of a space cannot leave it; the screen says so instead of offering to.
        var owned = memberships.Values.Where(m => m.Role == SpaceRole.Owner).Select(m => m.SpaceId).ToList();
        var ownedWithOthers = owned.Count == 0 ? [] : (await db.Memberships.AsNoTracking()
            .Where(m => owned.Contains(m.SpaceId) && m.PersonId != me && m.Role == SpaceRole.Owner)
            .Select(m => m.SpaceId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return spaces.Select(space =>
        {
            var membership = memberships.GetValueOrDefault(space.Id);
            SpaceRole? role = membership?.Role;
            return new SpaceView(
                space.Id, space.Name, space.Description, space.Guidelines, Name(space.Visibility), space.ArchivedAt is not null,
                space.MemberCount, role is null ? null : SpaceRoles.Name(role.Value), requested.Contains(space.Id),
                space.Visibility == SpaceVisibility.Public || role is not null, space.CreatedAt,
                // The welcome message is for members; others see what the space is about in its description.
                role is null ? string.Empty : space.Welcome, membership?.JoinedAt, space.CoverVersion,
                role == SpaceRole.Owner && !ownedWithOthers.Contains(space.Id));
        }).ToList();
    }
}
