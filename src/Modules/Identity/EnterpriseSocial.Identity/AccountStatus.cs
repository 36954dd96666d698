using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity;

internal sealed class AccountStatus(IdentityDbContext db) : IAccountStatus
{
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
        var ids = accountIds.Distinct().ToList();
        var roles = await db.AccountRoles.AsNoTracking().Where(r => ids.Contains(r.UserId))
            .Join(db.Roles, held => held.RoleId, role => role.Id, (held, role) => new { held.UserId, role.Name })
            .ToListAsync(cancellationToken);
        return roles.GroupBy(r => r.UserId)
            .Where(held => held.Any(r => r.Name == PlatformRoles.Guest) && !held.Any(r => PlatformRoles.Company.Contains(r.Name!)))
            .Select(held => held.Key).ToHashSet();
    }
}
