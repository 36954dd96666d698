using System.Net;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>Who may open, and keep open, the real-time hub.</summary>
public sealed class HubAccessTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["RealTime:RevalidationInterval"] = "00:00:01",
            ["Identity:AccessTokenLifetime"] = "00:00:30",
        });
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>A WebSocket connection with a live ticket in the query string, as a browser makes it.</summary>
    private HubConnection Connection(string? accessToken, string? origin = null, HostFactory? host = null) =>
        (host ?? factory).HubConnection(accessToken, origin);

    private static string Negotiate(string query = "") => $"/hubs/notifications/negotiate?negotiateVersion=1{query}";

    [Fact]
    public async Task A_signed_in_person_connects_with_a_live_ticket_in_the_query_string()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = Connection(tokens.AccessToken);
        await connection.StartAsync();
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task A_live_ticket_opens_the_hub_for_negotiate_and_every_request_while_it_lasts()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        using var issued = await factory.Api(tokens.AccessToken).PostAsync(LiveHub.TicketsPath, content: null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await issued.Content.ReadAsStringAsync()).RootElement;
        var ticket = body.GetProperty("ticket").GetString()!;
        Assert.InRange(body.GetProperty("expiresAt").GetDateTimeOffset(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddMinutes(1));

        var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Negotiate($"&access_token={Uri.EscapeDataString(ticket)}"), content: null)).StatusCode);
        using var inHeader = new HttpRequestMessage(HttpMethod.Post, Negotiate());
        inHeader.Headers.Authorization = new("Bearer", ticket);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(inHeader)).StatusCode);
    }

    [Fact]
    public async Task An_access_token_or_an_altered_ticket_does_not_open_the_hub_and_a_ticket_opens_nothing_else()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        var ticket = (await factory.LiveTicketAsync(tokens.AccessToken))!;
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(Negotiate($"&access_token={Uri.EscapeDataString(tokens.AccessToken)}"), content: null)).StatusCode);
        using var tokenInHeader = new HttpRequestMessage(HttpMethod.Post, Negotiate());
        tokenInHeader.Headers.Authorization = new("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(tokenInHeader)).StatusCode);
        var altered = ticket[..10] + (ticket[10] == 'A' ? 'B' : 'A') + ticket[11..];
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(Negotiate($"&access_token={Uri.EscapeDataString(altered)}"), content: null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Api(ticket).GetAsync("/api/v1/identity/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(LiveHub.TicketsPath, content: null)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_and_forged_connections_are_refused()
    {
        await using var anonymous = Connection(accessToken: null);
        await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());
        await using var forged = Connection("not-a-token");
        await Assert.ThrowsAnyAsync<Exception>(() => forged.StartAsync());

        var client = factory.CreateClient();
        await (await client.PostAsync(Negotiate(), content: null)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync(Negotiate("&access_token=not-a-ticket"), content: null)).StatusCode);
    }

    [Fact]
    public async Task An_address_under_the_hub_that_leads_nowhere_answers_a_problem_document()
    {
        var response = await factory.CreateClient().PostAsync("/hubs/notifications/elsewhere", content: null);
        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_foreign_origin_is_refused_even_with_a_valid_token()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var foreign = Connection(tokens.AccessToken, origin: "https://evil.example");
        await Assert.ThrowsAnyAsync<Exception>(() => foreign.StartAsync());
        var ticket = (await factory.LiveTicketAsync(tokens.AccessToken))!;
        using var fromForeignOrigin = new HttpRequestMessage(HttpMethod.Post, Negotiate($"&access_token={Uri.EscapeDataString(ticket)}"));
        fromForeignOrigin.Headers.Add("Origin", "https://evil.example");
        await (await factory.CreateClient().SendAsync(fromForeignOrigin)).AssertProblemAsync(HttpStatusCode.Forbidden);

        await using var own = Connection(tokens.AccessToken, origin: "http://localhost");
        await own.StartAsync();
        Assert.Equal(HubConnectionState.Connected, own.State);
    }

    [Fact]
    public async Task Stateful_reconnect_is_offered_only_when_configured()
    {
        await using var resuming = new HostFactory(database, settings: new Dictionary<string, string?> { ["RealTime:StatefulReconnect"] = "true" });

        Assert.False(await OffersStatefulReconnectAsync(factory));
        Assert.True(await OffersStatefulReconnectAsync(resuming));
    }

    /// <summary>Whether the hub's negotiation grants stateful reconnect to a client that asks for it, as the web client does.</summary>
    private static async Task<bool> OffersStatefulReconnectAsync(HostFactory host)
    {
        var tokens = await host.SignInAsync(await host.DemoEmailAsync("Employee"));
        var ticket = Uri.EscapeDataString((await host.LiveTicketAsync(tokens.AccessToken))!);
        using var negotiated = await host.CreateClient().PostAsync(Negotiate($"&useStatefulReconnect=true&access_token={ticket}"), content: null);
        var answer = System.Text.Json.JsonDocument.Parse(await negotiated.EnsureSuccessStatusCode().Content.ReadAsStringAsync()).RootElement;
        return answer.TryGetProperty("useStatefulReconnect", out var granted) && granted.GetBoolean();
    }

    [Fact]
    public async Task An_access_token_in_the_query_string_is_ignored_everywhere()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        var response = await factory.CreateClient().GetAsync($"/api/v1/identity/me?access_token={Uri.EscapeDataString(tokens.AccessToken)}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Deactivating_an_account_closes_its_open_connections()
    {
        var email = await factory.DemoEmailAsync("Employee");
        var tokens = await factory.SignInAsync(email);
        await using var connection = Connection(tokens.AccessToken);
        var closed = new TaskCompletionSource();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();

        var admin = await factory.SignedInAsync(await factory.DemoEmailAsync("Admin"));
        var me = await factory.Api(tokens.AccessToken).GetStringAsync("/api/v1/identity/me");
        var id = System.Text.Json.JsonDocument.Parse(me).RootElement.GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/identity/accounts/{id}/deactivate", null)).StatusCode);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
    }

    [Fact]
    public async Task An_open_connection_closes_when_its_token_expires_and_the_expired_token_is_refused()
    {
        await using var shortLived = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Identity:AccessTokenLifetime"] = "00:00:03",
        });
        var tokens = await shortLived.SignInAsync(await shortLived.DemoEmailAsync("Employee"));
        await using var connection = Connection(tokens.AccessToken, host: shortLived);
        var closed = new TaskCompletionSource();
        connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await connection.StartAsync();

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.Unauthorized, (await shortLived.Api(tokens.AccessToken).GetAsync("/api/v1/identity/me")).StatusCode);
        await using var again = Connection(tokens.AccessToken, host: shortLived);
        await Assert.ThrowsAnyAsync<Exception>(() => again.StartAsync());
    }
}
