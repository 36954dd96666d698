using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Oidc;
using EnterpriseSocial.Identity.Features.Passwords;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Features.Accounts;

internal sealed record InviteRequest(string? Email, string? DisplayName, IReadOnlyList<string>? Roles);

internal sealed record Invited(Guid Id, string SetPasswordLink);

internal sealed record RolesRequest(IReadOnlyList<string>? Roles);

/// <summary>Administrators invite, deactivate, reactivate and grant roles; every action is audited.</summary>
internal static class AccountAdministration
{
    public static void Map(IEndpointRouteBuilder group)
    {
        var accounts = group.MapGroup("/accounts").RequireAuthorization(Capabilities.AdministerAccounts);
        accounts.MapPost("/", InviteAsync).WithSummary("Creates an account and returns a one-time link to set its password.");
        accounts.MapPost("/{id:guid}/deactivate", DeactivateAsync).WithSummary("Offboards a person: sessions and tokens stop working, their content stays.");
        accounts.MapPost("/{id:guid}/reactivate", ReactivateAsync).WithSummary("Restores access to a deactivated account.");
        accounts.MapPut("/{id:guid}/roles", SetRolesAsync).WithSummary("Replaces the platform roles of an account.");
    }

    private static Guid Actor(HttpContext context) => Guid.Parse(context.User.GetClaim(Claims.Subject)!);

    private static ProblemHttpResult NotFound() =>
        ApiProblems.NotFound(Bilingual.Text("No such account.", "Ce compte n'existe pas."));

    private static ValidationErrors CheckRoles(IReadOnlyList<string>? roles, ValidationErrors errors) => errors
        .AddIf(roles is null || roles.Count == 0, "roles", Bilingual.Text("Choose at least one role.", "Choisissez au moins un rôle."))
        .AddIf(roles?.Any(r => !PlatformRoles.All.Contains(r)) == true, "roles",
            Bilingual.Text($"Roles are among {string.Join(", ", PlatformRoles.All)}.", $"Les rôles sont à choisir parmi {string.Join(", ", PlatformRoles.All)}."));

    private static async Task<Results<Created<Invited>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        InviteRequest request, HttpContext context, UserManager<Account> accounts, IdentityDbContext db,
        PasswordLinks links, TimeProvider clock)
    {
        var email = request.Email?.Trim() ?? string.Empty;
        var displayName = request.DisplayName?.Trim() ?? string.Empty;
        var errors = CheckRoles(request.Roles, new ValidationErrors()
            .AddIf(email.Length is 0 or > 256 || !email.Contains('@', StringComparison.Ordinal), "email", Bilingual.Text("Enter a valid e-mail address.", "Saisissez une adresse e-mail valide."))
            .AddIf(displayName.Length is 0 or > 200, "displayName", Bilingual.Text("Enter a name of at most 200 characters.", "Saisissez un nom de 200 caractères au plus.")));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await accounts.FindByEmailAsync(email) is not null)
        {
            return ApiProblems.Conflict(Bilingual.Text("An account already uses this e-mail address.", "Un compte utilise déjà cette adresse e-mail."));
        }

        var now = clock.GetUtcNow();
        var account = Account.Create(Guid.CreateVersion7(), email, displayName, now);
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var created = await accounts.CreateAsync(account);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("email", created.Errors.First().Description).ToDictionary());
        }

        await accounts.AddToRolesAsync(account, request.Roles!.Distinct());
        db.Publish(new AccountCreated(account.Id, email, displayName, null, null, null));
        db.AuditEntries.Add(AuditEntry.Record(Actor(context), "account.invited", account.Id, string.Join(",", request.Roles!), now));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);

        await links.SendInvitationAsync(account);
        return TypedResults.Created($"/api/v1/identity/accounts/{account.Id}", new Invited(account.Id, await links.CreateAsync(account)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeactivateAsync(
        Guid id, HttpContext context, UserManager<Account> accounts, IdentityDbContext db,
        IOpenIddictTokenManager tokens, IOpenIddictAuthorizationManager authorizations, RecentTokenValidations recentTokens, TimeProvider clock)
    {
        var account = await accounts.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        if (account.Id == Actor(context))
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You cannot deactivate your own account.", "Vous ne pouvez pas désactiver votre propre compte."));
        }

        if (account.IsActive)
        {
            account.Deactivate(clock.GetUtcNow());
            db.Publish(new AccountDeactivated(account.Id));
            db.AuditEntries.Add(AuditEntry.Record(Actor(context), "account.deactivated", account.Id, string.Empty, clock.GetUtcNow()));
            // A new security stamp ends browser sessions; revoking the tokens ends API and hub access.
            await accounts.UpdateSecurityStampAsync(account);
        }

        await foreach (var authorization in authorizations.FindBySubjectAsync(account.Id.ToString(), context.RequestAborted))
        {
            await authorizations.TryRevokeAsync(authorization, context.RequestAborted);
        }

        await foreach (var token in tokens.FindBySubjectAsync(account.Id.ToString(), context.RequestAborted))
        {
            await tokens.TryRevokeAsync(token, context.RequestAborted);
        }

        recentTokens.Revoke(account.Id);

        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ReactivateAsync(
        Guid id, HttpContext context, UserManager<Account> accounts, IdentityDbContext db, TimeProvider clock)
    {
        var account = await accounts.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        if (!account.IsActive)
        {
            account.Reactivate();
            db.Publish(new AccountReactivated(account.Id));
            db.AuditEntries.Add(AuditEntry.Record(Actor(context), "account.reactivated", account.Id, string.Empty, clock.GetUtcNow()));
            await accounts.UpdateAsync(account);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> SetRolesAsync(
        Guid id, RolesRequest request, HttpContext context, UserManager<Account> accounts, IdentityDbContext db, GuestsOnNode guests, TimeProvider clock)
    {
        var errors = CheckRoles(request.Roles, new ValidationErrors());
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var account = await accounts.FindByIdAsync(id.ToString());
        if (account is null)
        {
            return NotFound();
        }

        var wanted = request.Roles!.Distinct().ToList();
        if (account.Id == Actor(context) && !wanted.Contains(PlatformRoles.Admin))
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You cannot remove your own administrator role.", "Vous ne pouvez pas retirer votre propre rôle d'administrateur."));
        }

        var current = await accounts.GetRolesAsync(account);
        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        await accounts.RemoveFromRolesAsync(account, current.Except(wanted));
        await accounts.AddToRolesAsync(account, wanted.Except(current));
        db.AuditEntries.Add(AuditEntry.Record(Actor(context), "account.roles_changed", account.Id, string.Join(",", wanted.Order(StringComparer.Ordinal)), clock.GetUtcNow()));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        guests.RolesChanged();
        return TypedResults.NoContent();
    }
}
