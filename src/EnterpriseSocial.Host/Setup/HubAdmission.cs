using System.Collections.Frozen;
using EnterpriseSocial.Identity.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.Net.Http.Headers;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A hub request lasts as long as its WebSocket, and so does everything it still references: every
/// middleware it is still inside, the services they resolved, what they left on the request. So a hub
/// request is admitted by a short pipeline of its own (the rate limit, then its live ticket) that ends
/// before the hub takes the request over. It authenticates with a live ticket
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

    private static readonly FrozenSet<string> HeadersNeededAfterAdmission = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        HeaderNames.Host, HeaderNames.Connection, HeaderNames.Upgrade, HeaderNames.Accept,
        HeaderNames.ContentType, HeaderNames.ContentLength, HeaderNames.TransferEncoding,
        HeaderNames.SecWebSocketKey, HeaderNames.SecWebSocketVersion, HeaderNames.SecWebSocketProtocol, HeaderNames.SecWebSocketExtensions);

    public static RequestDelegate Build(IApplicationBuilder app)
    {
        var tickets = app.ApplicationServices.GetRequiredService<ILiveTickets>();
        var admission = app.New();
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
        // The ticket has been read. SignalR parses the query string again and would keep a copy of it with the connection.
        if (context.Request.Query.ContainsKey(TicketParameter))
        {
            context.Request.QueryString = QueryString.Create(context.Request.Query.Where(p => p.Key != TicketParameter));
        }

        DropHeadersNotNeededAfterAdmission(context.Request.Headers);
        // The admission's middleware leave their marks in the request's items; nothing after them reads those.
        context.Features.Set<IItemsFeature>(null);
        return context.Features.Get<IHttpAuthenticationFeature>() is { User: not null };
    }

    /// <summary>
    /// Kestrel keeps a request's headers as long as its WebSocket, and a browser sends the sign-in session's
    /// cookie, its user agent and its languages with the hub's request: about 2 KB that nothing reads after
    /// the admission. What SignalR's transports and the WebSocket handshake read stays.
    /// </summary>
    private static void DropHeadersNotNeededAfterAdmission(IHeaderDictionary headers)
    {
        foreach (var name in headers.Keys.Where(name => !HeadersNeededAfterAdmission.Contains(name)).ToList())
        {
            headers.Remove(name);
        }
    }

    /// <summary>
    /// SignalR reads the access token's expiry from the authentication result when the connection starts;
    /// after that, only the person stays with the connection.
    /// </summary>
    public static void ForgetAuthenticationResult(HttpContext context) => context.Features.Set<IAuthenticateResultFeature>(null);

    private static void Authenticate(HttpContext context, ILiveTickets tickets)
    {
        if (PresentedTicket(context.Request) is { } presented && tickets.Redeem(presented) is { } holder)
        {
            var ticket = new AuthenticationTicket(holder.Person, new AuthenticationProperties { ExpiresUtc = holder.AccessExpiresAt }, LiveTicketScheme);
            context.Features.Set<IHttpAuthenticationFeature>(new HttpAuthenticationFeature { User = holder.Person });
            context.Features.Set<IAuthenticateResultFeature>(new AuthenticatedHubRequest { AuthenticateResult = AuthenticateResult.Success(ticket) });
            return;
        }

        // The status code pages around the gate write the problem document.
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
