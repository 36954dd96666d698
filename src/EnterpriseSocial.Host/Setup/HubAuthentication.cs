using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A hub request lasts as long as its WebSocket, and so does everything it still references. Checking
/// an access token in full goes through a DbContext with its connection, tracked token and
/// authorization entries and caches, and the authentication middleware keeps its handlers (and through
/// them the request's service scope) until the request ends: about 35 KB per idle connection. So a hub
/// request is authenticated instead of that middleware, in a service scope of its own that ends at once.
/// The result keeps only the claims the hub and its subscriptions read, and the token's expiry, which
/// still closes the connection.
/// </summary>
internal static class HubAuthentication
{
    /// <summary>What the hub and the modules' live subscriptions read: who it is, and the roles that policies check.</summary>
    private static readonly HashSet<string> KeptClaims = new(StringComparer.Ordinal) { Claims.Subject, Claims.Name, Claims.Role };

    /// <summary>
    /// Does what the authentication middleware does, in a scope that ends with it; answers whether a
    /// handler (such as an OpenID Connect callback, never expected on the hub's path) took the request.
    /// </summary>
    public static async Task<bool> AuthenticateAsync(HttpContext context)
    {
        var requestServices = context.Features.Get<IServiceProvidersFeature>();
        AuthenticateResult result;
        await using (var scope = context.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope())
        {
            context.Features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = scope.ServiceProvider });
            try
            {
                var schemes = scope.ServiceProvider.GetRequiredService<IAuthenticationSchemeProvider>();
                var handlers = scope.ServiceProvider.GetRequiredService<IAuthenticationHandlerProvider>();
                foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
                {
                    if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
                    {
                        return true;
                    }
                }

                result = await context.AuthenticateAsync();
            }
            finally
            {
                context.Features.Set(requestServices);
            }
        }

        // A refusal is left to authorization, whose challenge explains it.
        if (result is { Succeeded: true, Ticket: { } ticket })
        {
            var compact = new AuthenticatedHubRequest(Compact(ticket));
            context.Features.Set<IHttpAuthenticationFeature>(compact);
            context.Features.Set<IAuthenticateResultFeature>(compact);
        }

        return false;
    }

    /// <summary>Called as the hub takes the request over: what authentication left on it is no longer needed.</summary>
    public static void HandOver(HttpContext context)
    {
        // The header came from the query string (the gate) or the client; either way it has been read.
        context.Request.Headers.Authorization = default;
        ForgetHandlerState(context);
    }

    private static AuthenticationTicket Compact(AuthenticationTicket ticket)
    {
        var identities = ticket.Principal.Identities.Select(identity => new ClaimsIdentity(
            identity.Claims.Where(c => KeptClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
        var properties = new AuthenticationProperties { ExpiresUtc = ticket.Properties.ExpiresUtc, IssuedUtc = ticket.Properties.IssuedUtc };
        return new AuthenticationTicket(new ClaimsPrincipal(identities), properties, ticket.AuthenticationScheme);
    }

    /// <summary>OpenIddict keeps its transaction (the token, its principal, its context) on the request for challenges.</summary>
    private static void ForgetHandlerState(HttpContext context)
    {
        foreach (var feature in context.Features.Select(f => f.Key).Where(f => f.FullName?.StartsWith("OpenIddict.", StringComparison.Ordinal) == true).ToList())
        {
            context.Features[feature] = null;
        }
    }

    /// <summary>Like the authentication middleware's own feature: the user and the result are one.</summary>
    private sealed class AuthenticatedHubRequest(AuthenticationTicket ticket) : IAuthenticateResultFeature, IHttpAuthenticationFeature
    {
        private AuthenticateResult? result = AuthenticateResult.Success(ticket);
        private ClaimsPrincipal? user = ticket.Principal;

        public AuthenticateResult? AuthenticateResult
        {
            get => result;
            set
            {
                result = value;
                user = value?.Principal;
            }
        }

        public ClaimsPrincipal? User
        {
            get => user;
            set
            {
                user = value;
                result = null;
            }
        }
    }
}
