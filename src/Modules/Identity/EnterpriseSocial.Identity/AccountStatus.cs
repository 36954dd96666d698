using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity;

internal sealed class AccountStatus(IdentityDbContext db) : IAccountStatus
{
    // Several checks of one request ask about the same caller (spaces, then posts): asked once per scope.
    private readonly Dictionary<Guid, bool> knownGuests = [];

    private static readonly CompiledPerModel<Func<IdentityDbContext, List<Guid>, IAsyncEnumerable<HeldRole>>> RolesOf = new(() =>
        EF.CompileAsyncQuery((IdentityDbContext db, List<Guid> ids) => db.AccountRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, held => held.RoleId, role => role.Id, (held, role) => new HeldRole(held.UserId, role.Name))));

    public async Task<IReadOnlySet<Guid>> WhichMayNoLongerSignInAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var active = await db.Accounts.AsNoTracking()
            .Where(a => accountIds.Contains(a.Id) && a.IsActive)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return accountIds.Except(active).ToHashSet();
    }

    public async Task<IReadOnlySet<Guid>> GuestsAmongAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken cancellationToken)
    {
        var ids = accountIds.Distinct().Where(id => !knownGuests.ContainsKey(id)).ToList();
        if (ids.Count > 0)
        {
            var roles = (await RolesOf.For(db)(db, ids).ToListAsync(cancellationToken)).ToLookup(r => r.AccountId, r => r.Role);
            foreach (var id in ids)
            {
                knownGuests[id] = roles[id].Contains(PlatformRoles.Guest) && !roles[id].Any(name => PlatformRoles.Company.Contains(name!));
            }
        }

        return accountIds.Where(id => knownGuests[id]).ToHashSet();
    }

    private sealed record HeldRole(Guid AccountId, string? Role);
}
