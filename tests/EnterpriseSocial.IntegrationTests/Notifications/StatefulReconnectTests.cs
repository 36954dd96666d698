using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Data.Sqlite;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>
/// Stateful reconnect where a company turns it on (ADR 0045): the host runs as a process behind a
/// relay that cuts the network as a failing one does, so that the server sees its socket reset
/// while the client comes back with the same connection, as neither side can tell apart from a
/// real outage. The test server's in-memory connections cannot be cut that way.
/// </summary>
public sealed class StatefulReconnectTests : IAsyncLifetime
{
    private const string Recipient = "oliver.brown@demo.enterprisesocial.example";
    private TestDatabase database = null!;
    private HostProcess host = null!;
    private SeverableRelay network = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        host = await HostProcess.StartAsync(database, new Dictionary<string, string>
        {
            ["RealTime:StatefulReconnect"] = "true",
            ["Identity:WebOrigins:0"] = "http://localhost",
        });
        network = new SeverableRelay(host.Address);
    }

    public async Task DisposeAsync()
    {
        await network.DisposeAsync();
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task A_connection_cut_for_a_moment_resumes_as_itself_and_gets_what_was_pushed_meanwhile_once()
    {
        var recipient = await SignInAsync(Recipient);
        var me = (await recipient.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).Id();
        var engineers = (await recipient.GetFromJsonAsync<JsonElement>("/api/v1/profiles?limit=3&search=engineer")).GetProperty("items")
            .EnumerateArray().Select(p => p.Id()).Where(id => id != me).ToList();
        var (bob, carol) = (await SignInAsync(await EmailAsync(recipient, engineers[0])), await SignInAsync(await EmailAsync(recipient, engineers[1])));
        var post = (await recipient.PostAsync($"Offsite agenda {Guid.NewGuid():N}")).Id();
        // What the post itself brings the recipient is settled before the connection opens.
        await Eventually.HoldsAsync(async () => await PendingEventsAsync() == 0, "the post's events are handled");
        var held = await LatestSequenceAsync(recipient);

        await using var connection = Connection(recipient);
        var hints = connection.Hints();
        var closed = false;
        connection.Closed += _ =>
        {
            closed = true;
            return Task.CompletedTask;
        };
        await connection.StartReadyAsync();
        var connectionId = connection.ConnectionId;

        Assert.True(network.Cut() >= 1, "the connection's socket was cut");
        await ReactAsync(bob, post, "like");
        // The push follows the store in the event's handling, which ends before the event is marked handled.
        await Eventually.HoldsAsync(async () => await PendingEventsAsync() == 0, "the reaction is stored and pushed while the network is down");
        network.Restore();

        var resent = await hints.NextAsync();
        Assert.Equal(held, resent.GetProperty("since").GetInt64());
        Assert.Contains(resent.GetProperty("items").EnumerateArray(), item => item.GetProperty("type").GetString() == "reaction");
        held = resent.GetProperty("sequence").GetInt64();
        Assert.Equal(connectionId, connection.ConnectionId);
        Assert.True(await connection.InvokeAsync<bool>("Ready"), "the server still holds the same connection");

        // Nothing sent twice: the next push follows the resent one directly.
        await ReactAsync(carol, post, "celebrate");
        var next = await hints.NextAsync();
        Assert.Equal(held, next.GetProperty("since").GetInt64());
        Assert.False(closed, "the connection never closed");
    }

    private HubConnection Connection(HttpClient person) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(network.Address, LiveHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                // As the web client does, a ticket for every request that opens or resumes the connection.
                options.AccessTokenProvider = () => TicketAsync(person);
            })
            .WithStatefulReconnect()
            .Build();

    private static async Task<string?> TicketAsync(HttpClient person)
    {
        using var response = await person.PostAsync(LiveHub.TicketsPath, content: null);
        return (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ticket").GetString();
    }

    private async Task<HttpClient> SignInAsync(string email)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = host.Address };
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PasswordSignInAsync(email, Oidc.DemoPassword)).StatusCode);
        var tokens = await browser.CodeFlowAsync();
        var api = new HttpClient { BaseAddress = host.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        return api;
    }

    private static async Task<string> EmailAsync(HttpClient client, Guid person) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{person}")).GetProperty("email").GetString()!;

    private static async Task ReactAsync(HttpClient person, Guid post, string kind) =>
        Assert.Equal(HttpStatusCode.NoContent, (await person.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind })).StatusCode);

    /// <summary>Events in any module's outbox not handled yet, read from the host's file (each module's tables carry its prefix there).</summary>
    private async Task<long> PendingEventsAsync()
    {
        await using var sqlite = new SqliteConnection($"Data Source={database.SqliteFile};Pooling=False");
        await sqlite.OpenAsync();
        var tables = new List<string>();
        await using (var names = sqlite.CreateCommand())
        {
            names.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_OutboxMessages' ESCAPE '\\'";
            await using var reader = await names.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        await using var count = sqlite.CreateCommand();
        count.CommandText = string.Join(" + ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\" WHERE \"ProcessedAt\" IS NULL)")).Insert(0, "SELECT ");
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
