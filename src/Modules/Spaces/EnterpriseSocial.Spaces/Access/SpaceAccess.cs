using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Access;

/// <summary>
/// A membership or visibility change applies to the next question on the node that made it, and on
/// other nodes within <c>Spaces:AccessRecheckInterval</c> (<see cref="SpacesOnNode"/>). An external
/// guest reaches only the spaces they belong to: no space is public to them.
/// </summary>
internal sealed class SpaceAccess(SpacesDbContext db, SpacesOnNode node, IAccountStatus accounts, TimeProvider clock) : ISpaceAccess
{
    private static readonly CompiledPerModel<Func<SpacesDbContext, IAsyncEnumerable<Guid>>> PublicSpaces = new(() =>
        EF.CompileAsyncQuery((SpacesDbContext db) => db.Spaces.Where(s => s.Visibility == SpaceVisibility.Public).Select(s => s.Id)));

    private static readonly CompiledPerModel<Func<SpacesDbContext, Guid, IAsyncEnumerable<Guid>>> MemberSpaces = new(() =>
        EF.CompileAsyncQuery((SpacesDbContext db, Guid personId) => db.Memberships.Where(m => m.PersonId == personId).Select(m => m.SpaceId)));

    public async Task<IReadOnlySet<Guid>> ReadableAsync(Guid personId, IReadOnlyCollection<Guid> spaceIds, CancellationToken cancellationToken) =>
        spaceIds.Count == 0 ? new HashSet<Guid>() : await ReadableAmongAsync(personId, spaceIds.Distinct().ToList(), cancellationToken);

    public Task<IReadOnlySet<Guid>> ReadableSpacesAsync(Guid personId, CancellationToken cancellationToken) =>
        ReadableAmongAsync(personId, among: null, cancellationToken);

    /// <summary>The spaces a person may know of: all but the secret ones they are not in; for a guest, only their own.</summary>
    public async Task<IQueryable<Space>> KnownAsync(Guid personId, CancellationToken cancellationToken)
    {
        var guest = await IsGuestAsync(personId, cancellationToken);
        return db.Spaces.AsNoTracking()
            .Where(s => (!guest && s.Visibility != SpaceVisibility.Secret) || db.Memberships.Any(m => m.SpaceId == s.Id && m.PersonId == personId));
    }

    public async Task<bool> IsGuestAsync(Guid personId, CancellationToken cancellationToken) =>
        (await accounts.GuestsAmongAsync([personId], cancellationToken)).Count > 0;

    /// <summary>
    /// The spaces a person may read, among some (or all, when none are named): the public ones unless
    /// they are a guest, and their own.
    /// </summary>
    private async Task<IReadOnlySet<Guid>> ReadableAmongAsync(Guid personId, List<Guid>? among, CancellationToken cancellationToken)
    {
        var own = await node.MemberOf.GetAsync(personId, async () => await MemberSpaces.For(db)(db, personId).ToHashSetAsync(cancellationToken: cancellationToken));
        IReadOnlySet<Guid> open = await IsGuestAsync(personId, cancellationToken)
            ? new HashSet<Guid>()
            : await node.Public.GetAsync(Guid.Empty, async () => await PublicSpaces.For(db)(db).ToHashSetAsync(cancellationToken: cancellationToken));
        return (among ?? open.Concat(own)).Where(id => open.Contains(id) || own.Contains(id)).ToHashSet();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> spaceIds, CancellationToken cancellationToken)
    {
        var ids = spaceIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Spaces.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> ReadersAsync(Guid spaceId, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var space = await db.Spaces.AsNoTracking().Where(s => s.Id == spaceId).Select(s => new { s.Visibility }).SingleOrDefaultAsync(cancellationToken);
        if (space is null || people.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var ids = people.Distinct().ToList();
        var outsiders = space.Visibility == SpaceVisibility.Public ? await accounts.GuestsAmongAsync(ids, cancellationToken) : null;
        var needMembership = outsiders?.ToList() ?? ids;
        var members = await db.Memberships.AsNoTracking().Where(m => m.SpaceId == spaceId && needMembership.Contains(m.PersonId))
            .Select(m => m.PersonId).ToListAsync(cancellationToken);
        return ids.Except(needMembership).Concat(members).ToHashSet();
    }

    public async Task<bool> CanContributeAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken) =>
        await db.Spaces.AsNoTracking().AnyAsync(s => s.Id == spaceId && s.ArchivedAt == null, cancellationToken)
        && await MembershipAsync(personId, spaceId, cancellationToken) is not null;

    public async Task<bool> CanModerateAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken) =>
        await MembershipAsync(personId, spaceId, cancellationToken) is { } membership && SpaceRoles.Moderates(membership.Role);

    public Task<Membership?> MembershipAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken) =>
        db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.SpaceId == spaceId && m.PersonId == personId, cancellationToken);

    /// <summary>The space as its reader may know it: a secret space does not exist for someone outside it.</summary>
    public async Task<(Space Space, Membership? Membership)?> FindAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken)
    {
        var space = await db.Spaces.AsNoTracking().SingleOrDefaultAsync(s => s.Id == spaceId, cancellationToken);
        if (space is null)
        {
            return null;
        }

        var membership = await MembershipAsync(personId, spaceId, cancellationToken);
        var hidden = membership is null && (space.Visibility == SpaceVisibility.Secret || await IsGuestAsync(personId, cancellationToken));
        return hidden ? null : (space, membership);
    }

    public async Task<bool> IsBannedAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken)
    {
        // Compared here: SQLite cannot compare DateTimeOffset values in a query.
        var ban = await db.Bans.AsNoTracking().SingleOrDefaultAsync(b => b.SpaceId == spaceId && b.PersonId == personId, cancellationToken);
        return ban is not null && ban.Until > clock.GetUtcNow();
    }
}
