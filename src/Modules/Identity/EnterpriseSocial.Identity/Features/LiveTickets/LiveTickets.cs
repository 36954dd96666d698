using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Features.LiveTickets;

internal sealed record IssuedLiveTicket(string Ticket, DateTimeOffset ExpiresAt);

/// <summary>
/// Browsers cannot set headers on a WebSocket, so whatever opens the live hub travels in its URL,
/// where proxies and logs may keep it, and the server keeps it as long as the connection. A ticket
/// is what goes there instead of the access token: a few dozen characters, good for the hub only,
/// for a short while, and never past the access token it was issued under.
/// </summary>
internal static class LiveTicketEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/live-tickets", Issue)
            .RequireAuthorization(Capabilities.TakePartInSpaces)
            .WithSummary("A short-lived ticket that opens the live hub, for the WebSocket's URL in place of the access token.");

    private static Results<Ok<IssuedLiveTicket>, UnauthorizedHttpResult> Issue(HttpContext context, LiveTicketIssuer tickets) =>
        tickets.Issue(context.User) is { } issued ? TypedResults.Ok(issued) : TypedResults.Unauthorized();
}

/// <summary>
/// A ticket is the person, their roles and the access token's expiry, signed with a key every node
/// shares (kept with the token keys). It can be used more than once while it lasts: the SignalR
/// client sends the same value to negotiate and, with the fallback transports, on every request.
/// </summary>
internal sealed class LiveTicketIssuer(Func<byte[]> loadKey, TimeProvider clock) : ILiveTickets
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const byte Version = 1;
    private const int TagLength = 16;
    private const int FixedLength = 1 + 16 + 8 + 8;
    private const char RoleSeparator = '\n';

    private readonly Lazy<byte[]> key = new(loadKey);

    public IssuedLiveTicket? Issue(ClaimsPrincipal user)
    {
        if (!Guid.TryParse(user.GetClaim(Claims.Subject), out var person) || user.GetExpirationDate() is not { } accessExpiresAt)
        {
            return null;
        }

        var expiresAt = clock.GetUtcNow() + Lifetime;
        if (expiresAt > accessExpiresAt)
        {
            expiresAt = accessExpiresAt;
        }

        var roles = Encoding.UTF8.GetBytes(string.Join(RoleSeparator, user.GetClaims(Claims.Role)));
        var ticket = new byte[FixedLength + roles.Length + TagLength];
        ticket[0] = Version;
        person.TryWriteBytes(ticket.AsSpan(1, 16));
        BinaryPrimitives.WriteInt64BigEndian(ticket.AsSpan(17, 8), expiresAt.ToUnixTimeMilliseconds());
        BinaryPrimitives.WriteInt64BigEndian(ticket.AsSpan(25, 8), accessExpiresAt.ToUnixTimeMilliseconds());
        roles.CopyTo(ticket.AsSpan(FixedLength));
        Sign(ticket.AsSpan(0, ticket.Length - TagLength), ticket.AsSpan(ticket.Length - TagLength));
        return new IssuedLiveTicket(Base64Url.EncodeToString(ticket), expiresAt);
    }

    public LiveTicketHolder? Redeem(string ticket)
    {
        if (ticket.Length > 512 || !Base64Url.IsValid(ticket, out var length) || length < FixedLength + TagLength)
        {
            return null;
        }

        var bytes = Base64Url.DecodeFromChars(ticket);
        var signed = bytes.AsSpan(0, bytes.Length - TagLength);
        Span<byte> expected = stackalloc byte[TagLength];
        Sign(signed, expected);
        if (bytes[0] != Version || !CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(signed.Length)))
        {
            return null;
        }

        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        if (BinaryPrimitives.ReadInt64BigEndian(signed.Slice(17, 8)) <= now)
        {
            return null;
        }

        var roles = Encoding.UTF8.GetString(signed[FixedLength..]).Split(RoleSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(role => PlatformRoles.All.FirstOrDefault(known => known == role) ?? role)
            .ToArray();
        var accessExpiresAt = DateTimeOffset.FromUnixTimeMilliseconds(BinaryPrimitives.ReadInt64BigEndian(signed.Slice(25, 8)));
        return new LiveTicketHolder(new ClaimsPrincipal(new LiveTicketIdentity(new Guid(signed.Slice(1, 16)), roles)), accessExpiresAt);
    }

    private void Sign(ReadOnlySpan<byte> content, Span<byte> tag)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key.Value, content, hash);
        hash[..TagLength].CopyTo(tag);
    }
}

/// <summary>
/// The person of a redeemed ticket, whom every open hub connection keeps: their id and roles (the
/// platform's role names shared, not copied), with the claims made when asked (as the connection opens,
/// then at each watch) rather than held, which keeps about 0.2 KB less per connection.
/// </summary>
internal sealed class LiveTicketIdentity(Guid person, string[] roles)
    : ClaimsIdentity(authenticationType: "EnterpriseSocial", nameType: OpenIddictConstants.Claims.Name, roleType: OpenIddictConstants.Claims.Role)
{
    public override IEnumerable<Claim> Claims
    {
        get
        {
            yield return new Claim(OpenIddictConstants.Claims.Subject, person.ToString(), ClaimValueTypes.String, DefaultIssuer, DefaultIssuer, this);
            foreach (var role in roles)
            {
                yield return new Claim(RoleClaimType, role, ClaimValueTypes.String, DefaultIssuer, DefaultIssuer, this);
            }
        }
    }

    public override ClaimsIdentity Clone() => new LiveTicketIdentity(person, roles);
}
