using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Oidc;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Identity;

/// <summary>
/// Who is an external guest, kept by this node (ADR 0035): read again after a change of roles on this
/// node, and after <c>Identity:TokenRecheckInterval</c>, the time a node trusts what it checked about a
/// person's token, for changes made on other nodes.
/// </summary>
internal sealed class GuestsOnNode(IOptions<IdentitySettings> settings, TimeProvider clock)
{
    public NodeAnswers<bool> Answers { get; } = new(() => 0, settings.Value.TokenRecheckInterval, clock);

    public void RolesChanged() => Answers.Forget();
}

internal sealed class AccountStatus(IdentityDbContext db, GuestsOnNode node) : IAccountStatus
{
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
        var guests = new HashSet<Guid>();
        var unknown = new List<Guid>();
        foreach (var id in accountIds.Distinct())
        {
            if (!node.Answers.TryGet(id, out var guest))
            {
                unknown.Add(id);
            }
            else if (guest)
            {
                guests.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            var mark = node.Answers.Mark();
            var roles = (await RolesOf.For(db)(db, unknown).ToListAsync(cancellationToken)).ToLookup(r => r.AccountId, r => r.Role);
            foreach (var id in unknown)
            {
                var guest = roles[id].Contains(PlatformRoles.Guest) && !roles[id].Any(name => PlatformRoles.Company.Contains(name!));
                node.Answers.Keep(id, guest, mark);
                if (guest)
                {
                    guests.Add(id);
                }
            }
        }

        return guests;
    }

    private sealed record HeldRole(Guid AccountId, string? Role);
}
