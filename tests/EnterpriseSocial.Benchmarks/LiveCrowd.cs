using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.Benchmarks;

internal sealed record HintTimes(
    int Clients, int Received, double PostMs, double P50Ms, double P99Ms, double MaxMs, int InHand, int Applied, double InHandP50Ms, double InHandP99Ms, int Acknowledged)
{
    public override string ToString() =>
        $"{Received,5}/{Clients} received  p50 {P50Ms,7:F1} ms  p99 {P99Ms,7:F1} ms  max {MaxMs,7:F1} ms  (POST answered in {PostMs:F1} ms); " +
        $"{InHand}/{Clients} in hand ({Applied} from the push)  p50 {InHandP50Ms,7:F1} ms  p99 {InHandP99Ms,7:F1} ms; {Acknowledged} acknowledged";
}

/// <summary>
/// Signed-in people connected to the live hub from this process, as browsers keep it open; each
/// connection notes when the first <c>notifications.changed</c> reaches it after a measurement starts
/// and, as the web client does, applies the entries pushed with it when they follow the last change
/// it holds, or else fetches its changes since then, and notes when the announcement is in hand.
/// Like the web client, it says what it was pushed has been shown, at a random moment within
/// <see cref="AcknowledgeWithin"/>; a measurement ends once those acknowledgements are answered.
/// </summary>
internal sealed class LiveCrowd(Uri address, IReadOnlyList<SignedIn> people) : IAsyncDisposable
{
    private const string Hint = "notifications.changed";
    private const int ConnectConcurrency = 32;
    private const int FetchConnections = 128;
    private static readonly TimeSpan AcknowledgeWithin = TimeSpan.FromSeconds(5);

    /// <summary>What Chromium sends with the hub's WebSocket besides the handshake and the cookie.</summary>
    private readonly Dictionary<string, string> browserHeaders = new()
    {
        ["Origin"] = address.GetLeftPart(UriPartial.Authority),
        ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
        ["Accept-Language"] = "en-US,en;q=0.9",
        ["Accept-Encoding"] = "gzip, deflate, br, zstd",
        ["Cache-Control"] = "no-cache",
        ["Pragma"] = "no-cache",
    };

    private readonly List<HubConnection> connections = [];
    private readonly long[] arrivals = new long[people.Count];
    private readonly long[] inHandAt = new long[people.Count];
    private readonly long[] cursors = new long[people.Count];
    private readonly List<Task> acknowledgements = [];
    private HttpClient? api;
    private TaskCompletionSource everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool measuring;
    private int expected;
    private int received;
    private int inHand;
    private int applied;
    private int acknowledged;
    private int outside;
    private int closed;
    private long lastHintAt = Stopwatch.GetTimestamp();

    public int Count => connections.Count;

    /// <summary>Hints that arrived while no measurement ran, or after it gave up waiting.</summary>
    public int HintsOutsideMeasurements => Volatile.Read(ref outside);

    public int Closed => Volatile.Read(ref closed);

    /// <summary>Has the host validate every person's access token once, as their first request after it started would.</summary>
    public async Task IntroduceEveryoneAsync()
    {
        using var api = new HttpClient { BaseAddress = address };
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = ConnectConcurrency },
            async (person, cancellationToken) => await LiveTicketAsync(api, person.AccessToken, cancellationToken));
    }

    /// <summary>Connects the next people until <paramref name="total"/> are connected.</summary>
    public async Task ConnectAsync(int total, Action<string> log)
    {
        var first = connections.Count;
        var opened = new HubConnection[total - first];
        // Closed once everyone is connected, so that its keep-alive connections do not count as hub memory.
        using var api = new HttpClient { BaseAddress = address };
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(first, total - first), new ParallelOptions { MaxDegreeOfParallelism = ConnectConcurrency }, async (index, cancellationToken) =>
        {
            var ticket = await LiveTicketAsync(api, people[index].AccessToken, cancellationToken);
            // As the web client connects: a negotiation first (asking for stateful reconnect, which the host
            // grants only when configured), then the WebSocket, with the live ticket in the query string
            // (browsers cannot set WebSocket headers) and the headers Chromium sends.
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(address, $"/hubs/notifications?access_token={Uri.EscapeDataString(ticket)}"), options =>
                {
                    options.Transports = HttpTransportType.WebSockets;
                    options.HttpMessageHandlerFactory = handler => new NegotiationClosesItsConnection(handler);
                    options.Cookies.Add(address, new Cookie(Crowd.SessionCookie, people[index].SessionCookie));
                    foreach (var (name, value) in browserHeaders)
                    {
                        options.Headers[name] = value;
                    }
                })
                .WithStatefulReconnect()
                .Build();
            connection.On<JsonElement>(Hint, hint => Arrived(index, hint));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref closed);
                return Task.CompletedTask;
            };
            await connection.StartAsync(cancellationToken);
            opened[index - first] = connection;
            if (Interlocked.Increment(ref done) % 1000 == 0)
            {
                log($"{first + done} hub connections open");
            }
        });
        connections.AddRange(opened);
    }

    private static async Task<string> LiveTicketAsync(HttpClient api, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/identity/live-tickets");
        request.Headers.Authorization = new("Bearer", accessToken);
        using var response = await api.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("ticket").GetString()!;
    }

    /// <summary>
    /// Starts the clock just before <paramref name="act"/> (the POST) and waits until every connected
    /// client has its hint, or the timeout; delays count from the start, so they include the POST.
    /// </summary>
    public async Task<HintTimes> MeasureAsync(Func<Task> act, TimeSpan timeout)
    {
        // A browser's connections to the host stay open between requests; closed after the measurement,
        // so that none counts as hub memory when the next crowd is measured.
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = FetchConnections }) { BaseAddress = address };
        api = client;
        await Parallel.ForEachAsync(Enumerable.Range(0, connections.Count), new ParallelOptions { MaxDegreeOfParallelism = ConnectConcurrency },
            async (index, _) => cursors[index] = (await ChangesAsync(index, long.MaxValue)).Sequence);
        Array.Clear(arrivals);
        Array.Clear(inHandAt);
        Volatile.Write(ref received, 0);
        Volatile.Write(ref inHand, 0);
        Volatile.Write(ref applied, 0);
        Volatile.Write(ref acknowledged, 0);
        expected = connections.Count;
        everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var start = Stopwatch.GetTimestamp();
        measuring = true;
        await act();
        var postMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        await Task.WhenAny(everyone.Task, Task.Delay(timeout));
        measuring = false;
        List<Task> pending;
        lock (acknowledgements)
        {
            pending = [.. acknowledgements];
            acknowledgements.Clear();
        }

        await Task.WhenAll(pending);

        var delays = Delays(arrivals, start);
        var inHandDelays = Delays(inHandAt, start);
        return new HintTimes(connections.Count, delays.Count, postMs, Percentile(delays, 0.50), Percentile(delays, 0.99), delays.Count == 0 ? double.NaN : delays[^1],
            inHandDelays.Count, Volatile.Read(ref applied), Percentile(inHandDelays, 0.50), Percentile(inHandDelays, 0.99), Volatile.Read(ref acknowledged));
    }

    private List<double> Delays(long[] times, long start) =>
        times.Take(connections.Count).Where(a => a != 0).Select(a => Stopwatch.GetElapsedTime(start, a).TotalMilliseconds).Order().ToList();

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];

    private async Task<(long Sequence, int Items)> ChangesAsync(int index, long since)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/notifications/changes?since={since}");
        request.Headers.Authorization = new("Bearer", people[index].AccessToken);
        using var response = await api!.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("sequence").GetInt64(), body.RootElement.GetProperty("items").GetArrayLength());
    }

    /// <summary>The web client's catch-up after a hint; the announcement has arrived once it is in the answer.</summary>
    private async Task FetchAsync(int index)
    {
        try
        {
            var (sequence, items) = await ChangesAsync(index, cursors[index]);
            cursors[index] = sequence;
            if (items > 0)
            {
                Volatile.Write(ref inHandAt[index], Stopwatch.GetTimestamp());
            }
        }
        catch (HttpRequestException)
        {
            // Refused or cut off: it counts as not fetched, and the round ends without waiting for it.
        }

        Handled();
    }

    private void Handled()
    {
        if (Interlocked.Increment(ref inHand) == expected && Volatile.Read(ref received) == expected)
        {
            everyone.TrySetResult();
        }
    }

    /// <summary>The web client's use of a push that follows the last change it holds: no request until it says so.</summary>
    private bool Apply(int index, JsonElement hint, long now)
    {
        if (!hint.TryGetProperty("since", out var since) || since.GetInt64() != cursors[index] || hint.GetProperty("items").GetArrayLength() == 0)
        {
            return false;
        }

        var sequence = hint.GetProperty("sequence").GetInt64();
        cursors[index] = sequence;
        Volatile.Write(ref inHandAt[index], now);
        Interlocked.Increment(ref applied);
        var acknowledgement = AcknowledgeAsync(index, sequence);
        lock (acknowledgements)
        {
            acknowledgements.Add(acknowledgement);
        }

        Handled();
        return true;
    }

    private async Task AcknowledgeAsync(int index, long sequence)
    {
        await Task.Delay(Random.Shared.NextDouble() * AcknowledgeWithin);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/notifications/seen") { Content = JsonContent.Create(new { sequence }) };
        request.Headers.Authorization = new("Bearer", people[index].AccessToken);
        try
        {
            using var response = await api!.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref acknowledged);
            }
        }
        catch (HttpRequestException)
        {
            // Counted as not acknowledged, as the web client lets the next push or fetch say it again.
        }
    }

    /// <summary>Waits until no hint has arrived for <paramref name="quiet"/>, so that none is left to fall into a measurement.</summary>
    public async Task WaitForQuietAsync(TimeSpan quiet)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        while (Stopwatch.GetElapsedTime(Volatile.Read(ref lastHintAt)) < quiet)
        {
            await ticks.WaitForNextTickAsync();
        }
    }

    private void Arrived(int index, JsonElement hint)
    {
        var now = Stopwatch.GetTimestamp();
        Volatile.Write(ref lastHintAt, now);
        if (!measuring || Interlocked.CompareExchange(ref arrivals[index], now, 0) != 0)
        {
            Interlocked.Increment(ref outside);
            return;
        }

        Interlocked.Increment(ref received);
        if (!Apply(index, hint, now))
        {
            _ = Task.Run(() => FetchAsync(index));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Parallel.ForEachAsync(connections, new ParallelOptions { MaxDegreeOfParallelism = ConnectConcurrency },
            async (connection, _) => await connection.DisposeAsync());
    }

    /// <summary>
    /// A browser sends its negotiation over a connection it keeps for the API; this process has one such
    /// connection per hub connection, which left open would count as hub memory, so it closes with the answer.
    /// </summary>
    private sealed class NegotiationClosesItsConnection(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Method == HttpMethod.Post)
            {
                request.Headers.ConnectionClose = true;
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
