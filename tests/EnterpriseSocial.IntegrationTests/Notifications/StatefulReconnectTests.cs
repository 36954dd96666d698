using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>
/// Stateful reconnect where a company turns it on (ADR 0045). The host listens on a loopback port behind
/// a relay that cuts the network as a failing one does, so that the server sees its socket reset while
/// the client comes back with the same connection: the test server's in-memory connections cannot be
/// cut that way (an aborted client closes the server's side normally).
/// </summary>
public sealed class StatefulReconnectTests : IAsyncLifetime
{
    private const string Recipient = "oliver.brown@demo.enterprisesocial.example";
    private readonly ConnectionsStarted started = new();
    private TestDatabase database = null!;
    private HostFactory host = null!;
    private SeverableRelay network = null!;
    private Uri address = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        host = new HostFactory(
            database,
            settings: new Dictionary<string, string?>
            {
                ["RealTime:StatefulReconnect"] = "true",
            },
            services: services => services.Configure<HubOptions>(options => options.AddFilter(started)));
        host.UseKestrel(0);
        host.StartServer();
        // The API straight to the host; only the hub's connection goes through the relay.
        address = new Uri(host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        network = new SeverableRelay(address);
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
        var alice = await SignInAsync(Recipient);
        var me = (await alice.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).Id();
        var engineers = (await alice.GetFromJsonAsync<JsonElement>("/api/v1/profiles?limit=3&search=engineer")).GetProperty("items")
            .EnumerateArray().Select(p => p.Id()).Where(id => id != me).ToList();
        var bob = await SignInAsync(await EmailAsync(alice, engineers[0]));
        var carol = await SignInAsync(await EmailAsync(alice, engineers[1]));
        var post = (await alice.PostAsync($"Offsite agenda {Guid.NewGuid():N}")).Id();
        // What the post itself brings its author is settled before the connection opens.
        await host.EventsHandledAsync("the post's events are handled");
        var held = await LatestSequenceAsync(alice);

        await using var connection = Connection(alice);
        var hints = connection.Hints();
        var closed = false;
        connection.Closed += _ =>
        {
            closed = true;
            return Task.CompletedTask;
        };
        await connection.StartReadyAsync();
        var connectionId = connection.ConnectionId!;

        Assert.True(network.Cut() >= 1, "the connection's socket was cut");
        try
        {
            await bob.ReactAsync(post, "like");
            // The push follows the store in the event's handling, which ends before the event is marked handled.
            await host.EventsHandledAsync("the reaction is stored and pushed while the network is down");
        }
        finally
        {
            network.Restore();
        }

        var resent = await hints.NextAsync();
        Assert.Equal(held, resent.GetProperty("since").GetInt64());
        Assert.Contains(resent.GetProperty("items").EnumerateArray(), item => item.GetProperty("type").GetString() == "reaction");
        held = resent.GetProperty("sequence").GetInt64();
        Assert.True(await connection.InvokeAsync<bool>("Ready"), "the server still holds the connection");
        Assert.Equal(connectionId, connection.ConnectionId);
        Assert.Equal([connectionId], started.Ids);

        // Nothing sent twice: the next push follows the resent one directly.
        await carol.ReactAsync(post, "celebrate");
        Assert.Equal(held, (await hints.NextAsync()).GetProperty("since").GetInt64());
        Assert.False(closed, "the connection never closed");
    }

    private HubConnection Connection(HttpClient person) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(network.Address, LiveHub.Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                // As the web client does, a ticket for every request that opens or resumes the connection.
                options.AccessTokenProvider = person.LiveTicketAsync;
            })
            .WithStatefulReconnect()
            .Build();

    /// <summary>
    /// Signed in as the web client does, over the loopback port: the test server's helpers speak to it in
    /// memory, and a real client handler would follow the sign-in's redirects itself.
    /// </summary>
    private async Task<HttpClient> SignInAsync(string email)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() }) { BaseAddress = address };
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PasswordSignInAsync(email, Oidc.DemoPassword)).StatusCode);
        var api = new HttpClient { BaseAddress = address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await browser.CodeFlowAsync()).AccessToken);
        return api;
    }

    private static async Task<string> EmailAsync(HttpClient client, Guid person) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{person}")).GetProperty("email").GetString()!;

    /// <summary>The connections the hub saw start: a resumed one does not start again.</summary>
    private sealed class ConnectionsStarted : IHubFilter
    {
        private readonly ConcurrentQueue<string> ids = new();

        public IReadOnlyCollection<string> Ids => ids;

        public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            await next(context);
            ids.Enqueue(context.Context.ConnectionId);
        }
    }
}
