using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Features.Me;

internal sealed record CurrentAccount(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Capabilities);

/// <summary>Who the caller is and what they may do, so the client shows only what will work.</summary>
internal static class MeEndpoint
{
    private static readonly string[] AllCapabilities =
    [
        Capabilities.UseCompanyDirectory, Capabilities.TakePartInSpaces, Capabilities.AdministerAccounts, Capabilities.ModeratePlatform,
        Capabilities.ReadAuditLog, Capabilities.ViewParticipationAnalytics, Capabilities.PublishAnnouncements,
    ];

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/me", MeAsync).WithSummary("The signed-in person and their capabilities.");

    private static async Task<Results<Ok<CurrentAccount>, UnauthorizedHttpResult>> MeAsync(
        HttpContext context, UserManager<Account> accounts, IAuthorizationService authorization)
    {
        var subject = context.User.FindFirst(Claims.Subject)?.Value;
        var account = subject is null ? null : await accounts.FindByIdAsync(subject);
        if (account is not { IsActive: true })
        {
            return TypedResults.Unauthorized();
        }

        var capabilities = new List<string>();
        foreach (var capability in AllCapabilities)
        {
            if ((await authorization.AuthorizeAsync(context.User, capability)).Succeeded)
            {
                capabilities.Add(capability);
            }
        }

        return TypedResults.Ok(new CurrentAccount(
            account.Id, account.Email!, account.DisplayName, [.. await accounts.GetRolesAsync(account)], capabilities));
    }
}
