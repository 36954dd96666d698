using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.Benchmarks;

/// <summary>
/// How fast an announcement's live hint reaches every connected member of a space, and what an idle
/// authenticated hub connection costs the host. One space per crowd size, all its members connected.
/// </summary>
internal static class NotificationBenchmark
{
    // A demo account (README); it creates the spaces, so it manages them and may announce in them.
    private const string Author = "oliver.brown@demo.enterprisesocial.example";
    private static readonly TimeSpan HintTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan HeapTimeout = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(IReadOnlyList<DatabaseProvider> providers, IReadOnlyList<int> crowds, int rounds, int history, bool statefulReconnect)
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
        Console.WriteLine($"Crowds of {string.Join(" then ", crowds)} connected clients; {rounds} announcements each; {history} earlier notifications per person; " +
            $"stateful reconnect {(statefulReconnect ? "allowed" : "not allowed")} by the host.");
        foreach (var provider in providers)
        {
            await RunAsync(provider, crowds, rounds, history, statefulReconnect);
        }
    }

    private static async Task RunAsync(DatabaseProvider provider, IReadOnlyList<int> crowds, int rounds, int history, bool statefulReconnect)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = Stopwatch.StartNew();
        void Log(string what) => Console.WriteLine($"  [{clock.Elapsed:mm\\:ss}] {what}");
        Console.WriteLine($"\n## {provider}");
        var settings = new Dictionary<string, string>
        {
            ["RateLimiting:PermitsPerMinute"] = "100000000",
            ["Identity:SignInPermitsPerMinute"] = "100000",
            ["Identity:WebOrigins:0"] = "http://localhost",
            ["Identity:RequireHttps"] = "false",
            // Signing thousands of people in takes minutes; their tokens must outlive the measurement.
            ["Identity:AccessTokenLifetime"] = "04:00:00",
            // A node remembers the tokens it validated (15 s by default); remembered for the whole run, every
            // person's entry is in both heap dumps, so that the memory per connection is the connection's.
            ["Identity:TokenRecheckInterval"] = "04:00:00",
        };
        await using (await HostProcess.StartAsync(database, settings))
        {
            Log("demo company seeded");
        }

        var writer = new TableWriter(provider, database.ConnectionString);
        var people = await Crowd.WriteAsync(writer, crowds.Max());
        await Crowd.WriteNotificationHistoryAsync(writer, people, history);
        await writer.SettleAsync();
        Log($"{people.Count} people with accounts and {history} earlier notifications each written");

        SignedIn[] crowdSignedIn;
        Uri address;
        var spaces = new Dictionary<int, Guid>();
        await using (var preparing = await HostProcess.StartAsync(database, settings))
        {
            address = preparing.Address;
            using var http = new HttpClient { BaseAddress = preparing.Address };
            var author = (await Crowd.SignInAsync(preparing.Address, Author)).AccessToken;
            crowdSignedIn = await Crowd.SignInAsync(preparing.Address, people.Count, Log);
            foreach (var size in crowds.Distinct())
            {
                spaces[size] = await SpaceOfAsync(http, author, people.Take(size).ToList());
            }

            // Each invitation is a notification; they must all be delivered before anyone connects,
            // or their hints would fall into a measurement. The last person invited is the last delivered.
            await UntilAsync(async () => await UnreadAsync(http, crowdSignedIn[^1].AccessToken) > 0, TimeSpan.FromMinutes(30));
            Log($"{spaces.Count} spaces with {string.Join(", ", crowds.Distinct())} members, invitations delivered");
        }

        // The hub's memory depends on the garbage collector's budgets as much as on what a connection
        // keeps, so both collectors are measured: the default (server) and workstation, closer to live data.
        foreach (var collector in new[] { "server", "workstation" })
        {
            var measured = HostProcess.InProduction(settings);
            measured["DOTNET_gcServer"] = collector == "server" ? "1" : "0";
            // The clients always ask for it, as the web client does; the host grants it only when configured.
            measured["RealTime:StatefulReconnect"] = statefulReconnect ? "true" : "false";
            Console.WriteLine($"\n### {provider}, {collector} garbage collector");
            await MeasureAsync(database, measured, address, crowdSignedIn, spaces, crowds, rounds, Log);
        }
    }

    /// <summary>
    /// On a fresh host, so that memory left over from signing people in and delivering invitations does not
    /// hide what connections take; at the address of the one that issued the tokens, which is their issuer.
    /// </summary>
    private static async Task MeasureAsync(
        TestDatabase database, Dictionary<string, string> settings, Uri address, SignedIn[] crowdSignedIn, Dictionary<int, Guid> spaces,
        IReadOnlyList<int> crowds, int rounds, Action<string> log)
    {
        await using var host = await HostProcess.StartAsync(database, settings, address);
        using var http = new HttpClient { BaseAddress = host.Address };
        var author = (await Crowd.SignInAsync(host.Address, Author)).AccessToken;
        await using var crowd = new LiveCrowd(host.Address, crowdSignedIn);
        await crowd.IntroduceEveryoneAsync();
        await crowd.ConnectAsync(1, log);
        // Until the one connection has it: a fresh host takes a while over its first announcement, whose
        // other members would otherwise get it while they connect, and the memory be read meanwhile.
        var warmUp = await crowd.MeasureAsync(() => PostAnnouncementAsync(http, author, spaces[crowds.Min()]), HintTimeout);
        await crowd.WaitForQuietAsync(Quiet);
        log($"host warmed up: one hub connection, one announcement, in hand after {warmUp.InHandP99Ms:F0} ms");

        foreach (var size in crowds)
        {
            // Read right before connecting, so that what the previous crowd's rounds left in memory is not
            // counted as the new connections'.
            var (connected, rss) = (crowd.Count, ResidentKilobytes(host.ProcessId));
            var heap = await LiveHeap.BytesAsync(host.ProcessId, HeapTimeout);
            Console.WriteLine($"  {connected} hub connections: host resident memory {rss / 1024.0:F1} MB, " +
                $"live managed objects {heap / 1048576.0:F1} MB{SqliteConnections(host.ProcessId, database)}");
            await HeapDumpAsync(host.ProcessId, $"{connected}-connections-before-{size}", log);
            await crowd.ConnectAsync(size, log);
            await crowd.WaitForQuietAsync(Quiet);
            var now = ResidentKilobytes(host.ProcessId);
            var heapNow = await LiveHeap.BytesAsync(host.ProcessId, HeapTimeout);
            var added = size - connected;
            Console.WriteLine($"  {size} hub connections: host resident memory {now / 1024.0:F1} MB, " +
                $"{(double)(now - rss) / added:F1} KB per connection added since {connected}{SqliteConnections(host.ProcessId, database)}; " +
                $"live managed objects {heapNow / 1048576.0:F1} MB, {(heapNow - heap) / 1024.0 / added:F2} KB ({(heapNow - heap) / added} bytes) per connection added");
            await HeapDumpAsync(host.ProcessId, $"{size}-connections", log);

            // Round 0 warms the code that runs once per connection: the host's warm-up ran it for one
            // connection, and the first round with a crowd ran it a thousand times before the runtime had
            // compiled it fully (with tiered compilation off, that round was as fast as the next ones).
            for (var round = 0; round <= rounds; round++)
            {
                // One member polls its changes meanwhile: when the announcement shows there, it is stored and
                // committed, so the rest of the delay is the hint's own way.
                var since = await LatestSequenceAsync(http, crowdSignedIn[0].AccessToken);
                Task<double>? stored = null;
                var times = await crowd.MeasureAsync(() =>
                {
                    stored = StoredAfterAsync(http, crowdSignedIn[0].AccessToken, since, Stopwatch.StartNew());
                    return PostAnnouncementAsync(http, author, spaces[size]);
                }, HintTimeout);
                var label = round == 0 ? "warm-up round, not counted" : $"round {round}";
                Console.WriteLine($"  announcement to {size} members, {label}: {times}; stored at {await stored!,7:F1} ms");
                await crowd.WaitForQuietAsync(Quiet);
                // The round just run may have made the host compile its hot methods again, optimized (see Load.WarmAsync).
                await Load.UntilCompiledAsync(host.ProcessId, Task.Delay);
            }
        }

        Console.WriteLine($"  hints outside measurements: {crowd.HintsOutsideMeasurements}; connections closed: {crowd.Closed}");
    }

    /// <summary>Milliseconds until a change after <paramref name="since"/> shows in the person's changes, polled every 10 ms.</summary>
    private static async Task<double> StoredAfterAsync(HttpClient http, string token, long since, Stopwatch watch)
    {
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(10));
        while (watch.Elapsed < HintTimeout)
        {
            var changes = await SendAsync(http, HttpMethod.Get, $"/api/v1/notifications/changes?since={since}", token);
            if (changes.GetProperty("items").GetArrayLength() > 0)
            {
                return watch.Elapsed.TotalMilliseconds;
            }

            await ticks.WaitForNextTickAsync();
        }

        return double.NaN;
    }

    private static async Task<long> LatestSequenceAsync(HttpClient http, string token)
    {
        long since = 0;
        while (true)
        {
            var changes = await SendAsync(http, HttpMethod.Get, $"/api/v1/notifications/changes?since={since}", token);
            since = changes.GetProperty("sequence").GetInt64();
            if (!changes.GetProperty("hasMore").GetBoolean())
            {
                return since;
            }
        }
    }

    /// <summary>A private space the author owns, with these people invited (so added) as members.</summary>
    private static async Task<Guid> SpaceOfAsync(HttpClient http, string author, List<Guid> members)
    {
        var created = await SendAsync(http, HttpMethod.Post, "/api/v1/spaces", author,
            new { name = $"Crowd of {members.Count}", visibility = "private" });
        var space = created.GetProperty("id").GetGuid();
        // An invitation names at most 5 000 people.
        foreach (var chunk in members.Chunk(5000))
        {
            await SendAsync(http, HttpMethod.Post, $"/api/v1/spaces/{space}/invitations", author, new { personIds = chunk });
        }

        return space;
    }

    private static Task<JsonElement> PostAnnouncementAsync(HttpClient http, string author, Guid space) =>
        SendAsync(http, HttpMethod.Post, "/api/v1/activity/posts", author,
            new { body = $"Announcement {Guid.NewGuid():N}", spaceId = space, kind = "announcement" });

    private static async Task<int> UnreadAsync(HttpClient http, string token) =>
        (await SendAsync(http, HttpMethod.Get, "/api/v1/notifications/unread", token)).GetProperty("unread").GetInt32();

    private static async Task<JsonElement> SendAsync(HttpClient http, HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {text}");
        }

        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        using var ticks = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (!await condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Still waiting after {limit}.");
            }

            await ticks.WaitForNextTickAsync();
        }
    }

    /// <summary>
    /// With <c>ES_BENCH_GCDUMP</c> set to a folder, a heap dump of the host (by <c>dotnet-gcdump</c>, which
    /// must be on the path; it collects first) after its resident memory was read: what idle connections keep.
    /// </summary>
    private static async Task HeapDumpAsync(int processId, string name, Action<string> log)
    {
        if (Environment.GetEnvironmentVariable("ES_BENCH_GCDUMP") is not { Length: > 0 } folder)
        {
            return;
        }

        var output = Path.Combine(folder, $"host-{processId}-{name}.gcdump");
        using var dump = Process.Start(new ProcessStartInfo("dotnet-gcdump", ["collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", output])
        {
            RedirectStandardOutput = true,
        })!;
        await dump.StandardOutput.ReadToEndAsync();
        await dump.WaitForExitAsync();
        // The dump collected the heap first: what stays resident is what a collection cannot give back.
        log($"heap dump {output}: exit code {dump.ExitCode}; host resident memory after it {ResidentKilobytes(processId) / 1024.0:F1} MB");
    }

    /// <summary>
    /// The connections the host holds on a SQLite file, each with a handle on it: each keeps its own
    /// page cache and prepared statements (ADR 0037), which resident memory counts.
    /// </summary>
    private static string SqliteConnections(int processId, TestDatabase database)
    {
        if (database.SqliteFile is not { } file)
        {
            return string.Empty;
        }

        var handles = new DirectoryInfo($"/proc/{processId}/fd").EnumerateFileSystemInfos().Count(fd => fd.LinkTarget == file);
        return $", {handles} SQLite connections";
    }

    /// <summary>The host's resident set (VmRSS) as Linux reports it: the host is a child process, with no endpoint for this.</summary>
    private static long ResidentKilobytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
