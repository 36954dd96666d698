using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity.Demo;

/// <summary>
/// Gives every person of the demo company an account with the demo password (listed in the
/// README), the head of IT the Admin role and the head of HR the HR role.
/// </summary>
internal sealed class DemoAccountsSeeder(
    IdentityDbContext db, IPeopleRoster roster, RoleCatalog roleCatalog, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
    : IDemoSeeder
{
    public const string DemoPassword = "enterprisesocial-demo";

    public int Order => 10;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Accounts.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await roleCatalog.EnsureAsync();
        var roleIds = await roles.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var normalizer = new UpperInvariantLookupNormalizer();
        // One hash for all: hashing 200 passwords one by one would make every demo start slow.
        var passwordHash = new PasswordHasher<Account>().HashPassword(new Account(), DemoPassword);
        var now = clock.GetUtcNow();

        string? cursor = null;
        do
        {
            var page = await roster.ListAsync(cursor, 100, cancellationToken);
            foreach (var person in page.Items)
            {
                var account = Account.Create(person.Id, person.Email, person.DisplayName, now);
                account.NormalizedEmail = normalizer.NormalizeEmail(person.Email);
                account.NormalizedUserName = normalizer.NormalizeName(person.Email);
                account.PasswordHash = passwordHash;
                db.Accounts.Add(account);
                foreach (var role in RolesOf(person.JobTitle))
                {
                    db.AccountRoles.Add(new IdentityUserRole<Guid> { UserId = person.Id, RoleId = roleIds[role] });
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<string> RolesOf(string jobTitle) => jobTitle switch
    {
        "Chief Information Officer" => [PlatformRoles.Employee, PlatformRoles.Admin],
        "Chief People Officer" => [PlatformRoles.Employee, PlatformRoles.Hr],
        _ => [PlatformRoles.Employee],
    };
}
