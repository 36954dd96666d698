using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>Connections to the host's live hub over the test server's in-memory WebSockets.</summary>
public static class LiveHub
{
    public const string Path = "/hubs/notifications";

    /// <summary>A connection (not yet started) with the token in the query string, as browsers send it; an origin header when given.</summary>
    public static HubConnection HubConnection(this HostFactory factory, string? accessToken, string? origin = null)
    {
        var server = factory.Server;
        var url = new Uri(server.BaseAddress, Path + (accessToken is null ? "" : $"?access_token={Uri.EscapeDataString(accessToken)}"));
        return new HubConnectionBuilder()
            .WithUrl(url, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var client = server.CreateWebSocketClient();
                    if (origin is not null)
                    {
                        client.ConfigureRequest = request => request.Headers.Origin = origin;
                    }

                    return await client.ConnectAsync(context.Uri, cancellationToken);
                };
            })
            .Build();
    }
}
