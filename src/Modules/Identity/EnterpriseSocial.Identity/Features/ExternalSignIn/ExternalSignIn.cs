using EnterpriseSocial.Infrastructure.Http;
using System.Security.Claims;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Identity.Domain;
using EnterpriseSocial.Identity.Oidc;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using OpenIddict.Client.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Features.ExternalSignIn;

internal sealed record ExternalProviderInfo(string Name, string DisplayName);

/// <summary>
/// Enterprise single sign-on: the browser goes to the company's identity provider and comes back
/// here, where the account (and so the profile) is created or updated from the claims just in time.
/// </summary>
internal static class ExternalSignInEndpoints
{
    public const string CallbackPath = "/signin-external/callback";

    public static void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder api)
    {
        api.MapGet("/external-providers", (IOptions<IdentitySettings> settings) =>
                settings.Value.ExternalProviders.Select(p => new ExternalProviderInfo(p.Name, p.DisplayName)).ToList())
            .AllowAnonymous().WithSummary("The company identity providers the sign-in page offers.");
        endpoints.MapGet("/signin-external/{provider}", Challenge).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods(CallbackPath, ["GET", "POST"], CallbackAsync).AllowAnonymous().ExcludeFromDescription();
    }

    private static IResult Challenge(string provider, IOptions<IdentitySettings> settings, string? returnUrl = null)
    {
        if (settings.Value.ExternalProviders.All(p => p.Name != provider))
        {
            return ApiProblems.NotFound(Bilingual.Text("No such identity provider.", "Ce fournisseur d'identité n'existe pas."));
        }

        var properties = new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictClientAspNetCoreConstants.Properties.ProviderName] = provider,
        })
        { RedirectUri = LocalReturnUrl(returnUrl) };
        return Results.Challenge(properties, [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context, UserManager<Account> accounts, SignInManager<Account> signIn, IdentityDbContext db,
        IOptions<IdentitySettings> settings, TimeProvider clock)
    {
        var result = await context.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
        var external = result.Principal;
        var providerName = external?.FindFirst(Claims.Private.ProviderName)?.Value;
        var provider = settings.Value.ExternalProviders.FirstOrDefault(p => p.Name == providerName);
        var subject = external?.FindFirst(Claims.Subject)?.Value;
        var email = external is null || provider is null ? null : external.FindFirst(provider.Claims.Email)?.Value;
        if (!result.Succeeded || provider is null || subject is null || string.IsNullOrWhiteSpace(email))
        {
            return Results.Redirect("/signin?error=external");
        }

        var attributes = DirectoryAttributes.From(external!, provider.Claims, email);
        var account = await accounts.FindByLoginAsync(provider.Name, subject) ?? await accounts.FindByEmailAsync(email);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            account = Account.Create(Guid.CreateVersion7(), email, attributes.DisplayName, now);
            var created = await accounts.CreateAsync(account);
            if (!created.Succeeded)
            {
                return Results.Redirect("/signin?error=external");
            }

            await accounts.AddToRoleAsync(account, PlatformRoles.Employee);
            db.Publish(new AccountCreated(account.Id, email, attributes.DisplayName, attributes.JobTitle, attributes.Department, attributes.Site));
            db.AuditEntries.Add(AuditEntry.Record(null, "account.created", account.Id, $"Signed in through {provider.Name}", now));
        }
        else if (account.DisplayName != attributes.DisplayName || attributes.HasDirectoryData)
        {
            account.DisplayName = attributes.DisplayName;
            db.Publish(new AccountDirectoryAttributesChanged(account.Id, attributes.DisplayName, attributes.JobTitle, attributes.Department, attributes.Site));
        }

        if (!account.IsActive)
        {
            return Results.Redirect("/signin?error=external");
        }

        if ((await accounts.GetLoginsAsync(account)).All(l => l.LoginProvider != provider.Name))
        {
            await accounts.AddLoginAsync(account, new UserLoginInfo(provider.Name, subject, provider.DisplayName));
        }

        await accounts.UpdateAsync(account);
        await signIn.SignInAsync(account, isPersistent: false);
        return Results.Redirect(LocalReturnUrl(result.Properties?.RedirectUri));
    }

    /// <summary>Only a local path: never an open redirect to another site.</summary>
    private static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : "/";
}

internal sealed record DirectoryAttributes(string DisplayName, string? JobTitle, string? Department, string? Site)
{
    public bool HasDirectoryData => JobTitle is not null || Department is not null || Site is not null;

    public static DirectoryAttributes From(ClaimsPrincipal principal, ClaimMapping mapping, string email)
    {
        string? Read(string claimType) => string.IsNullOrWhiteSpace(claimType) ? null : principal.FindFirst(claimType)?.Value?.Trim();
        var name = Read(mapping.Name);
        return new DirectoryAttributes(string.IsNullOrWhiteSpace(name) ? email : name, Read(mapping.JobTitle), Read(mapping.Department), Read(mapping.Site));
    }
}
