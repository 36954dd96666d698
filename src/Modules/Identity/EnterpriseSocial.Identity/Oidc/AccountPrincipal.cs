using System.Security.Claims;
using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>The identity carried by the tokens issued to a person: who they are and their platform roles.</summary>
internal static class AccountPrincipal
{
    public static async Task<ClaimsPrincipal> CreateAsync(
        Account account, UserManager<Account> accounts, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(
            authenticationType: "EnterpriseSocial", nameType: Claims.Name, roleType: Claims.Role);
        identity.SetClaim(Claims.Subject, account.Id.ToString())
            .SetClaim(Claims.Name, account.DisplayName)
            .SetClaim(Claims.Email, account.Email)
            .SetClaims(Claims.Role, [.. await accounts.GetRolesAsync(account)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetResources(IdentitySettings.ApiScope);
        principal.SetDestinations(claim => claim.Type switch
        {
            Claims.Name or Claims.Email or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
            _ => [Destinations.AccessToken],
        });
        return principal;
    }
}
