using EnterpriseSocial.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Primitives;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A hub request lasts as long as its WebSocket, and so does everything it still references: every
/// middleware it is still inside, the services they resolved, what they left on the request. So a hub
/// request leaves the pipeline before any other middleware and is admitted by a short pipeline of its
/// own (errors and refusals as problem documents, its origin, the rate limit, then its live ticket) that
/// ends before the hub takes the request over. It authenticates with a live ticket
/// (<see cref="ILiveTickets"/>), never with an access token: what opens the hub travels in the
/// WebSocket's URL, which Kestrel keeps as long as the connection and proxies may log. The hub asks for
/// a signed-in person and nothing more, so a redeemed ticket is the whole authorization; the ticket's
/// expiry is the access token's, which still closes the connection.
/// </summary>
internal static class HubAdmission
{
    private const string BearerPrefix = "Bearer ";
    private const string TicketParameter = "access_token";
    private const string LiveTicketScheme = "LiveTicket";

    public static RequestDelegate Build(IApplicationBuilder app, IReadOnlySet<string> origins)
    {
        var tickets = app.ApplicationServices.GetRequiredService<ILiveTickets>();
        var admission = app.New();
        admission.UseExceptionHandler();
        admission.UseStatusCodePages();
        admission.Use((context, next) =>
        {
            // Under the hub's path, only the hub's own endpoints (not the client's fallback page, say).
            if (context.GetEndpoint()?.Metadata.GetMetadata<HubMetadata>() is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (IsForeignOrigin(context, origins))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            }

            return next(context);
        });
        admission.UseRateLimiter();
        admission.Run(context =>
        {
            Authenticate(context, tickets);
            return Task.CompletedTask;
        });
        return admission.Build();
    }

    /// <summary>Runs the admission; answers whether the request was admitted (otherwise it wrote the refusal).</summary>
    public static async Task<bool> AdmitAsync(HttpContext context, RequestDelegate admission)
    {
        await admission(context);
        // The admission's middleware leave their marks in the request's items and features; nothing after them reads those.
        context.Features.Set<IItemsFeature>(null);
        context.Features.Set<IStatusCodePagesFeature>(null);
        return context.Features.Get<IHttpAuthenticationFeature>() is { User: not null };
    }

    /// <summary>
    /// Once the connection has started, SignalR has read the access token's expiry from the authentication
    /// result, the connection's id from the query string and the handshake's headers; after that, only the
    /// person stays with the connection. Kestrel would keep the rest as long as the WebSocket: a browser's
    /// headers alone (the sign-in session's cookie, its user agent, its languages) are about 2 KB. Kestrel
    /// keeps its own copy of the request's target, with the ticket.
    /// </summary>
    public static void ForgetWhatTheConnectionNoLongerNeeds(HttpContext context)
    {
        context.Features.Set<IAuthenticateResultFeature>(null);
        context.Features.Set<IQueryFeature>(null);
        // Through the request, whose cache of features lets go of the parsed query once the features have changed.
        context.Request.QueryString = QueryString.Empty;
        RemoveEveryHeader(context.Request.Headers);
    }

    /// <summary>
    /// One by one: Kestrel's <c>Clear</c> keeps the values to compare the next request's with, and they stay
    /// as long as the connection. Copied rather than enumerated: Kestrel would keep the enumeration's box.
    /// </summary>
    private static void RemoveEveryHeader(IHeaderDictionary headers)
    {
        var received = new KeyValuePair<string, StringValues>[headers.Count];
        headers.CopyTo(received, 0);
        foreach (var (name, _) in received)
        {
            headers.Remove(name);
        }
    }

    private static bool IsForeignOrigin(HttpContext context, IReadOnlySet<string> origins)
    {
        var origin = context.Request.Headers.Origin.ToString();
        return origin.Length > 0 && !origins.Contains(origin)
            && !string.Equals(origin, $"{context.Request.Scheme}://{context.Request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static void Authenticate(HttpContext context, ILiveTickets tickets)
    {
        if (PresentedTicket(context.Request) is { } presented && tickets.Redeem(presented) is { } holder)
        {
            var ticket = new AuthenticationTicket(holder.Person, new AuthenticationProperties { ExpiresUtc = holder.AccessExpiresAt }, LiveTicketScheme);
            context.Features.Set<IHttpAuthenticationFeature>(new HttpAuthenticationFeature { User = holder.Person });
            context.Features.Set<IAuthenticateResultFeature>(new AuthenticatedHubRequest { AuthenticateResult = AuthenticateResult.Success(ticket) });
            return;
        }

        // The admission's status code pages write the problem document.
        context.Response.Headers.WWWAuthenticate = "Bearer";
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }

    /// <summary>
    /// SignalR's clients put it in the query string, as <c>access_token</c>, where browsers must (they cannot
    /// set WebSocket headers); other clients may send it as a bearer header instead.
    /// </summary>
    private static string? PresentedTicket(HttpRequest request)
    {
        if (request.Query.TryGetValue(TicketParameter, out var fromQuery))
        {
            return fromQuery.ToString();
        }

        var header = request.Headers.Authorization.ToString();
        return header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase) ? header[BearerPrefix.Length..] : null;
    }

    private sealed class AuthenticatedHubRequest : IAuthenticateResultFeature
    {
        public AuthenticateResult? AuthenticateResult { get; set; }
    }
}
