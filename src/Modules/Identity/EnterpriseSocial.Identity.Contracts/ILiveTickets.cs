using System.Security.Claims;

namespace EnterpriseSocial.Identity.Contracts;

/// <summary>
/// Opens the live hub: a browser puts a short ticket in the WebSocket's URL instead of its access
/// token (<c>POST /api/v1/identity/live-tickets</c> issues one).
/// </summary>
public interface ILiveTickets
{
    /// <summary>Who holds the ticket; null when it is forged, altered or expired.</summary>
    LiveTicketHolder? Redeem(string ticket);
}

/// <summary>
/// The person a ticket was issued to (their id and roles, as in their access token), and when that
/// access token expires: a connection opened with the ticket closes then.
/// </summary>
public sealed record LiveTicketHolder(ClaimsPrincipal Person, DateTimeOffset AccessExpiresAt);
