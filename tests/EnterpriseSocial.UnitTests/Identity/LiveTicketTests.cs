using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using EnterpriseSocial.Identity.Features.LiveTickets;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.UnitTests.Identity;

public sealed class LiveTicketTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly Guid Person = Guid.CreateVersion7();

    private readonly Clock clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    private LiveTicketIssuer Issuer(byte[]? key = null) => new(() => key ?? Key, clock);

    private ClaimsPrincipal AccessTokenHolder(TimeSpan expiresIn, params string[] roles)
    {
        var identity = new ClaimsIdentity("EnterpriseSocial", Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, Person.ToString()).SetClaim(Claims.Name, "Alice Martin").SetClaims(Claims.Role, [.. roles]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetExpirationDate(clock.GetUtcNow() + expiresIn);
        return principal;
    }

    [Fact]
    public void A_ticket_carries_the_person_their_roles_and_their_access_tokens_expiry_and_nothing_else()
    {
        var issued = Issuer().Issue(AccessTokenHolder(TimeSpan.FromMinutes(15), "Employee", "HR", "Community manager"))!;

        var holder = Issuer().Redeem(issued.Ticket)!;

        Assert.Equal(Person.ToString(), holder.Person.FindFirst(Claims.Subject)?.Value);
        Assert.True(holder.Person.IsInRole("Employee") && holder.Person.IsInRole("HR") && holder.Person.IsInRole("Community manager"));
        Assert.True(holder.Person.Identity?.IsAuthenticated);
        Assert.Equal(4, holder.Person.Claims.Count());
        Assert.Equal(4, Assert.Single(holder.Person.Identities).Clone().Claims.Count());
        // Every open connection keeps its person: the platform's role names are shared, not copied from each ticket.
        Assert.Same("Employee", holder.Person.FindFirst(Claims.Role)?.Value);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(15), holder.AccessExpiresAt);
        Assert.Equal(clock.GetUtcNow() + LiveTicketIssuer.Lifetime, issued.ExpiresAt);
        Assert.True(issued.Ticket.Length < 120, $"A ticket of {issued.Ticket.Length} characters");
    }

    [Fact]
    public void A_ticket_expires_after_its_lifetime_and_never_outlives_the_access_token()
    {
        var ticket = Issuer().Issue(AccessTokenHolder(TimeSpan.FromMinutes(15), "Employee"))!.Ticket;
        var shortToken = Issuer().Issue(AccessTokenHolder(TimeSpan.FromSeconds(5), "Employee"))!;
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromSeconds(5), shortToken.ExpiresAt);

        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Null(Issuer().Redeem(shortToken.Ticket));
        Assert.NotNull(Issuer().Redeem(ticket));

        clock.Advance(LiveTicketIssuer.Lifetime);
        Assert.Null(Issuer().Redeem(ticket));
    }

    [Fact]
    public void An_altered_forged_or_foreign_ticket_opens_nothing()
    {
        var ticket = Issuer().Issue(AccessTokenHolder(TimeSpan.FromMinutes(15), "Employee"))!.Ticket;
        var bytes = Base64Url.DecodeFromChars(ticket);
        bytes[20] ^= 1;

        Assert.Null(Issuer().Redeem(Base64Url.EncodeToString(bytes)));
        Assert.Null(Issuer(RandomNumberGenerator.GetBytes(32)).Redeem(ticket));
        Assert.Null(Issuer().Redeem(ticket[..^2]));
        Assert.Null(Issuer().Redeem("not a ticket"));
        Assert.Null(Issuer().Redeem(string.Empty));
        Assert.Null(Issuer().Redeem(new string('A', 10_000)));
    }

    [Fact]
    public void No_ticket_without_a_person_or_an_expiry()
    {
        Assert.Null(Issuer().Issue(new ClaimsPrincipal(new ClaimsIdentity())));
        var withoutExpiry = new ClaimsIdentity("EnterpriseSocial");
        withoutExpiry.SetClaim(Claims.Subject, Person.ToString());
        Assert.Null(Issuer().Issue(new ClaimsPrincipal(withoutExpiry)));
    }

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        private DateTimeOffset now = now;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}
