using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Features.Passwords;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>
/// On a first start with no accounts (and no demo data), creates the administrator and prints a
/// one-time link to choose their password: there is no default password to forget to change.
/// </summary>
internal sealed partial class FirstAdministrator(
    IdentityDbContext db,
    UserManager<Account> accounts,
    RoleCatalog roles,
    PasswordLinks links,
    IOptions<IdentitySettings> settings,
    TimeProvider clock,
    ILogger<FirstAdministrator> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await roles.EnsureAsync();
        if (await db.Accounts.AnyAsync(cancellationToken))
        {
            return;
        }

        var email = settings.Value.FirstAdminEmail;
        var admin = Account.Create(Guid.CreateVersion7(), email, "Administrator", clock.GetUtcNow());
        var created = await accounts.CreateAsync(admin);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(' ', created.Errors.Select(e => e.Description)));
        }

        await accounts.AddToRolesAsync(admin, [PlatformRoles.Employee, PlatformRoles.Admin]);
        db.Publish(new AccountCreated(admin.Id, email, admin.DisplayName, "Administrator", null, null));
        db.AuditEntries.Add(AuditEntry.Record(null, "account.created", admin.Id, "First administrator", clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);

        LogFirstAdministrator(logger, email, await links.CreateAsync(admin));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First start: the administrator {Email} was created. Choose its password (once) at {Link}")]
    private static partial void LogFirstAdministrator(ILogger logger, string email, string link);
}
