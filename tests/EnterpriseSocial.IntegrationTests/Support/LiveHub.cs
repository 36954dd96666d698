using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>Connections to the host's live hub over the test server's in-memory WebSockets.</summary>
public static class LiveHub
{
    public const string Path = "/hubs/notifications";
    public const string TicketsPath = "/api/v1/identity/live-tickets";

    /// <summary>
    /// A connection (not yet started) that, like the web client, asks for a live ticket with the
    /// access token each time it connects and puts the ticket in the query string; an origin header
    /// and other headers when given. Without a token, or when the ticket is refused, it connects without one.
    /// </summary>
    public static HubConnection HubConnection(
        this HostFactory factory, string? accessToken, string? origin = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var server = factory.Server;
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server.BaseAddress, Path), options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    client.ConfigureRequest = request =>
                    {
                        if (origin is not null)
                        {
                            request.Headers.Origin = origin;
                        }

                        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
                        {
                            request.Headers[name] = value;
                        }
                    };

                    var ticket = accessToken is null ? null : await factory.LiveTicketAsync(accessToken);
                    var uri = ticket is null ? context.Uri : new Uri($"{context.Uri}{(context.Uri.Query.Length > 0 ? "&" : "?")}access_token={Uri.EscapeDataString(ticket)}");
                    return await client.ConnectAsync(uri, cancellationToken);
                };
            })
            .Build();
    }

    /// <summary>
    /// Starts the connection and waits until the server can push to it: start returns at the handshake,
    /// before the hub registers the connection, and the server answers a call only after.
    /// </summary>
    public static async Task StartReadyAsync(this HubConnection connection)
    {
        await connection.StartAsync();
        Assert.True(await connection.InvokeAsync<bool>("Ready"), "the hub registered the connection");
    }

    /// <summary>Starts the connection and watches <paramref name="key"/>; returns every <paramref name="message"/> it receives, in order.</summary>
    public static async Task<ChannelReader<JsonElement>> ReceiveAsync(this HubConnection connection, string key, string message)
    {
        var received = Channel.CreateUnbounded<JsonElement>();
        connection.On<JsonElement>(message, payload => received.Writer.TryWrite(payload));
        await connection.StartReadyAsync();
        await connection.InvokeAsync("Watch", key);
        return received.Reader;
    }

    /// <summary>A live ticket issued under this access token, or null when it is refused.</summary>
    public static Task<string?> LiveTicketAsync(this HostFactory factory, string accessToken) => factory.Api(accessToken).LiveTicketAsync();

    /// <summary>A live ticket for the person this client signs its requests as, or null when it is refused.</summary>
    public static async Task<string?> LiveTicketAsync(this HttpClient person)
    {
        using var response = await person.PostAsync(TicketsPath, content: null);
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<IssuedTicket>())!.Ticket : null;
    }

    private sealed record IssuedTicket(string Ticket, DateTimeOffset ExpiresAt);
}
