using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Identity.Oidc;

/// <summary>
/// Access tokens this node validated recently: decrypting a token, checking its signature and
/// reading its token and authorization entries happens once per token per interval, not on every
/// request. Revoking a person's tokens here makes the next request validate again at once.
/// </summary>
internal sealed class RecentTokenValidations(IOptions<IdentitySettings> settings, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache validated = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly ConcurrentDictionary<string, DateTimeOffset> revokedAt = new(StringComparer.Ordinal);

    public bool TryGet(string token, out AuthenticationTicket ticket)
    {
        ticket = null!;
        if (!validated.TryGetValue(Key(token), out (AuthenticationTicket Ticket, DateTimeOffset At) entry))
        {
            return false;
        }

        var subject = entry.Ticket.Principal.FindFirst(Claims.Subject)?.Value ?? string.Empty;
        if (revokedAt.TryGetValue(subject, out var revoked) && revoked >= entry.At)
        {
            return false;
        }

        ticket = entry.Ticket;
        return true;
    }

    public void Remember(string token, AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow();
        var until = now + Rechecks.Spread(settings.Value.TokenRecheckInterval);
        if (ticket.Properties.ExpiresUtc is { } expires && expires < until)
        {
            until = expires;
        }

        if (until > now)
        {
            validated.Set(Key(token), (ticket, now), new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });
        }
    }

    /// <summary>Called where a person's tokens are revoked, such as on deactivation.</summary>
    public void Revoke(Guid personId)
    {
        var now = clock.GetUtcNow();
        revokedAt[personId.ToString()] = now;
        foreach (var (subject, at) in revokedAt)
        {
            if (now - at > settings.Value.TokenRecheckInterval)
            {
                revokedAt.TryRemove(subject, out _);
            }
        }
    }

    public void Dispose() => validated.Dispose();

    private static string Key(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>
/// The API's bearer scheme: answers from <see cref="RecentTokenValidations"/> when it can, and
/// otherwise lets OpenIddict validate the token in full. Challenges and refusals are OpenIddict's.
/// </summary>
internal sealed class RecentlyValidatedBearer(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, RecentTokenValidations recent)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "RecentlyValidatedBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : string.Empty;
        // Without a token, OpenIddict still runs: its challenge answers from what its own authentication found.
        if (token.Length > 0 && recent.TryGet(token, out var ticket))
        {
            return AuthenticateResult.Success(ticket);
        }

        var result = await Context.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        // A WebSocket (the hub) is authenticated once for its whole life: remembering its token would
        // only keep a full copy of its principal for the interval, thousands at once when clients reconnect.
        if (result.Succeeded && token.Length > 0 && !IsWebSocketUpgrade())
        {
            recent.Remember(token, result.Ticket);
        }

        return result;
    }

    private bool IsWebSocketUpgrade() =>
        string.Equals(Request.Headers.Upgrade.ToString(), "websocket", StringComparison.OrdinalIgnoreCase)
        || HttpMethods.IsConnect(Request.Method);
}
