using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.AccountLifecycle;

/// <summary>Every new account gets its profile, with what the identity provider said about the person.</summary>
internal sealed class ProvisionProfileOnAccountCreated(ProfilesDbContext db, TimeProvider clock)
    : IdempotentConsumer<AccountCreated, ProfilesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountCreated account, CancellationToken cancellationToken)
    {
        if (await Context.Profiles.AnyAsync(p => p.Id == account.AccountId, cancellationToken))
        {
            return;
        }

        Context.Profiles.Add(Profile.Create(
            account.AccountId, account.DisplayName, account.Email, account.JobTitle ?? string.Empty,
            account.Department ?? string.Empty, account.Site ?? string.Empty, managerId: null, "en", Clock.GetUtcNow()));
        Context.Publish(new ProfileCreated(account.AccountId, account.DisplayName, account.Department ?? string.Empty, account.Site ?? string.Empty, null));
    }
}

/// <summary>Offboarding keeps the profile, marked as a former employee; reactivation clears the mark.</summary>
internal sealed class MarkFormerEmployeeOnDeactivation(ProfilesDbContext db, TimeProvider clock, ProfileSummaryCache summaries)
    : IdempotentConsumer<AccountDeactivated, ProfilesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountDeactivated account, CancellationToken cancellationToken)
    {
        (await Context.Profiles.SingleOrDefaultAsync(p => p.Id == account.AccountId, cancellationToken))?.MarkFormerEmployee(true);
        summaries.Evict(account.AccountId);
    }
}

internal sealed class ClearFormerEmployeeOnReactivation(ProfilesDbContext db, TimeProvider clock, ProfileSummaryCache summaries)
    : IdempotentConsumer<AccountReactivated, ProfilesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountReactivated account, CancellationToken cancellationToken)
    {
        (await Context.Profiles.SingleOrDefaultAsync(p => p.Id == account.AccountId, cancellationToken))?.MarkFormerEmployee(false);
        summaries.Evict(account.AccountId);
    }
}

/// <summary>Single sign-on brings the directory's latest name, title, department and site.</summary>
internal sealed class UpdateProfileFromDirectory(ProfilesDbContext db, TimeProvider clock, ProfileSummaryCache summaries)
    : IdempotentConsumer<AccountDirectoryAttributesChanged, ProfilesDbContext>(db, clock)
{
    protected override async Task HandleOnceAsync(AccountDirectoryAttributesChanged account, CancellationToken cancellationToken)
    {
        (await Context.Profiles.SingleOrDefaultAsync(p => p.Id == account.AccountId, cancellationToken))
            ?.ApplyDirectoryAttributes(account.DisplayName, account.JobTitle, account.Department, account.Site);
        summaries.Evict(account.AccountId);
    }
}
