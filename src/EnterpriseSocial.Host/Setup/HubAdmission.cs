using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A hub request lasts as long as its WebSocket, and so does everything it still references: every
/// middleware it is still inside, the services they resolved, what they left on the request. Checking
/// an access token in full goes through a DbContext with its connection, tracked token and
/// authorization entries and caches; the authentication middleware keeps its handlers, the
/// authorization middleware its evaluator and handlers, the rate limiter its lease, each with the
/// request's service scope, until the request ends. So a hub request is admitted (rate limit,
/// authentication, authorization) by a pipeline of its own, in a service scope of its own, and both
/// end before the hub takes the request over. The result keeps only the claims the hub and its
/// subscriptions read, and the token's expiry, which still closes the connection.
/// </summary>
internal static class HubAdmission
{
    /// <summary>What the hub and the modules' live subscriptions read: who it is, and the roles that policies check.</summary>
    private static readonly HashSet<string> KeptClaims = new(StringComparer.Ordinal) { Claims.Subject, Claims.Name, Claims.Role };

    public static RequestDelegate Build(IApplicationBuilder app)
    {
        var admission = app.New();
        admission.UseRateLimiter();
        admission.Use(AuthenticateAsync);
        admission.UseAuthorization();
        admission.Run(context =>
        {
            context.Features.Set(Admitted.Instance);
            return Task.CompletedTask;
        });
        return admission.Build();
    }

    /// <summary>Runs the admission; answers whether the request reached its end (otherwise it wrote the refusal).</summary>
    public static async Task<bool> AdmitAsync(HttpContext context, RequestDelegate admission, IServiceScopeFactory scopes)
    {
        var requestServices = context.Features.Get<IServiceProvidersFeature>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            context.Features.Set<IServiceProvidersFeature>(new ServiceProvidersFeature { RequestServices = scope.ServiceProvider });
            try
            {
                await admission(context);
            }
            finally
            {
                context.Features.Set(requestServices);
            }
        }

        var admitted = context.Features.Get<Admitted>() is not null;
        HandOver(context);
        return admitted;
    }

    /// <summary>Does what the authentication middleware does, keeping a compact result.</summary>
    private static async Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        var schemes = context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>();
        var handlers = context.RequestServices.GetRequiredService<IAuthenticationHandlerProvider>();
        foreach (var scheme in await schemes.GetRequestHandlerSchemesAsync())
        {
            // A handler such as an OpenID Connect callback, never expected on the hub's path, took the request.
            if (await handlers.GetHandlerAsync(context, scheme.Name) is IAuthenticationRequestHandler handler && await handler.HandleRequestAsync())
            {
                return;
            }
        }

        // A refusal is left to authorization, whose challenge explains it.
        if (await context.AuthenticateAsync() is { Succeeded: true, Ticket: { } ticket })
        {
            var compact = new AuthenticatedHubRequest(Compact(ticket));
            context.Features.Set<IHttpAuthenticationFeature>(compact);
            context.Features.Set<IAuthenticateResultFeature>(compact);
        }

        await next(context);
    }

    /// <summary>What the admission left on the request is no longer needed once the hub takes it over.</summary>
    private static void HandOver(HttpContext context)
    {
        // The header came from the query string (the gate) or the client; either way it has been read.
        context.Request.Headers.Authorization = default;
        // OpenIddict keeps its transaction (the token, its principal, its context) on the request for challenges.
        foreach (var feature in context.Features.Select(f => f.Key).Where(f => f.FullName?.StartsWith("OpenIddict.", StringComparison.Ordinal) == true).ToList())
        {
            context.Features[feature] = null;
        }

        // The items hold the authorization middleware's mark for the endpoint middleware, which a hub request skips.
        context.Features.Set<IItemsFeature>(null);
        context.Features.Set<Admitted>(null);
    }

    private static AuthenticationTicket Compact(AuthenticationTicket ticket)
    {
        var identities = ticket.Principal.Identities.Select(identity => new ClaimsIdentity(
            identity.Claims.Where(c => KeptClaims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType));
        var properties = new AuthenticationProperties { ExpiresUtc = ticket.Properties.ExpiresUtc };
        return new AuthenticationTicket(new ClaimsPrincipal(identities), properties, ticket.AuthenticationScheme);
    }

    private sealed class Admitted
    {
        public static readonly Admitted Instance = new();
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
