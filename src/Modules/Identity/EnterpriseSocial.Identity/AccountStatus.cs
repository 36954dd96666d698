using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
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
}
