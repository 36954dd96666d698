using System.Security.Claims;
using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>
/// The parts of the OpenID Connect server that need the product's own rules: who is signed in,
/// whether their account is still active, and what goes into their tokens.
/// </summary>
internal static class OidcEndpoints
{
    private const string ServerScheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/connect/authorize", ["GET", "POST"], AuthorizeAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapPost("/connect/token", TokenAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/connect/endsession", ["GET", "POST"], EndSessionAsync).AllowAnonymous().ExcludeFromDescription();
        endpoints.MapMethods("/connect/userinfo", ["GET", "POST"], UserInfoAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> AuthorizeAsync(HttpContext context, UserManager<Account> accounts)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var account = session.Succeeded ? await accounts.GetUserAsync(session.Principal) : null;
        if (account is not { IsActive: true })
        {
            // Not signed in (or no longer allowed): the sign-in page brings the browser back here.
            return Results.Challenge(
                new AuthenticationProperties { RedirectUri = context.Request.PathBase + context.Request.Path + context.Request.QueryString },
                [IdentityConstants.ApplicationScheme]);
        }

        var principal = await AccountPrincipal.CreateAsync(account, accounts, request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: ServerScheme);
    }

    private static async Task<IResult> TokenAsync(
        HttpContext context, UserManager<Account> accounts, IOpenIddictApplicationManager applications)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!)
                ?? throw new InvalidOperationException("The client application cannot be found.");
            var identity = new ClaimsIdentity("EnterpriseSocial", Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, request.ClientId)
                .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
            var machine = new ClaimsPrincipal(identity);
            machine.SetScopes(request.GetScopes());
            machine.SetResources(IdentitySettings.ApiScope);
            machine.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(machine, authenticationScheme: ServerScheme);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var grant = await context.AuthenticateAsync(ServerScheme);
            var subject = grant.Principal?.GetClaim(Claims.Subject);
            var account = subject is null ? null : await accounts.FindByIdAsync(subject);
            if (account is not { IsActive: true })
            {
                return Results.Forbid(
                    new AuthenticationProperties(new Dictionary<string, string?>
                    {
                        [OpenIddictServerAspNetCoreConstants.Properties.Error] = Errors.InvalidGrant,
                        [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = "The account is no longer active.",
                    }),
                    [ServerScheme]);
            }

            // Roles and name are read again, so a change made by an administrator reaches the next token.
            var principal = await AccountPrincipal.CreateAsync(account, accounts, grant.Principal!.GetScopes());
            return Results.SignIn(principal, authenticationScheme: ServerScheme);
        }

        throw new InvalidOperationException("The grant type is not supported.");
    }

    private static async Task<IResult> EndSessionAsync(SignInManager<Account> signIn)
    {
        await signIn.SignOutAsync();
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [ServerScheme]);
    }

    private static async Task<IResult> UserInfoAsync(HttpContext context, UserManager<Account> accounts)
    {
        var subject = context.User.GetClaim(Claims.Subject);
        var account = subject is null ? null : await accounts.FindByIdAsync(subject);
        if (account is not { IsActive: true })
        {
            return Results.Challenge(authenticationSchemes: [OpenIddict.Validation.AspNetCore.OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme]);
        }

        return Results.Ok(new Dictionary<string, object?>
        {
            [Claims.Subject] = account.Id.ToString(),
            [Claims.Name] = account.DisplayName,
            [Claims.Email] = account.Email,
            [Claims.Role] = await accounts.GetRolesAsync(account),
        });
    }
}
