using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Benchmarks;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

// Usage: dotnet run -c Release --project tests/EnterpriseSocial.Benchmarks -- [sqlite|postgresql ...] [--people N] [--posts N] [--seconds N]
//    or: dotnet run -c Release --project tests/EnterpriseSocial.Benchmarks -- notifications [sqlite|postgresql ...] [--clients 1000,5000] [--rounds N] [--history N] [--stateful-reconnect]
const string NotificationsMode = "notifications";
string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 ? args[i + 1] : null;
const string StatefulReconnect = "--stateful-reconnect";
// Providers are the words that are neither the mode, an option nor an option's value.
var providers = args.Where((a, i) => a != NotificationsMode && !a.StartsWith("--", StringComparison.Ordinal)
        && (i == 0 || !args[i - 1].StartsWith("--", StringComparison.Ordinal) || args[i - 1] == StatefulReconnect))
    .Select(a => Enum.Parse<DatabaseProvider>(a, ignoreCase: true)).DefaultIfEmpty(DatabaseProvider.Sqlite).ToList();
int Option(string name, int fallback) => Value(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
if (args.Contains(NotificationsMode))
{
    var crowds = (Value("--clients") ?? "1000,5000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
    await NotificationBenchmark.RunAsync(providers, crowds, Option("--rounds", 3), Option("--history", 0), args.Contains(StatefulReconnect));
    return;
}

var people = Option("--people", 10_000);
var posts = Option("--posts", 1_000_000);
var seconds = TimeSpan.FromSeconds(Option("--seconds", 15));
const int Workers = 32;
const int SignedInReaders = 60;

Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");
Console.WriteLine($"Company: {people} generated people and the demo company, {posts} posts; {Workers} concurrent clients; {seconds.TotalSeconds} s per measurement.");
foreach (var provider in providers)
{
    await using var database = await TestDatabase.CreateAsync(provider);
    var clock = Stopwatch.StartNew();
    void Log(string what) => Console.WriteLine($"  [{clock.Elapsed:mm\\:ss}] {what}");
    Console.WriteLine($"\n## {provider}");

    HostProcess host;
    GeneratedCompany company;
    var settings = new Dictionary<string, string>
    {
        ["RateLimiting:PermitsPerMinute"] = "100000000",
        ["Identity:SignInPermitsPerMinute"] = "100000",
        ["Identity:WebOrigins:0"] = "http://localhost",
        ["Identity:RequireHttps"] = "false",
    };
    await using (var seeding = await HostProcess.StartAsync(database, settings))
    {
        Log("demo company seeded");
        company = await CompanyGenerator.GenerateAsync(new TableWriter(provider, database.ConnectionString), people, posts, Log);
    }

    await using (host = await HostProcess.StartAsync(database, HostProcess.InProduction(settings)))
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = host.Address };
        var readers = new List<string>();
        foreach (var reader in company.Readers.Take(SignedInReaders))
        {
            readers.Add(await TokenAsync(host.Address, reader.Email));
        }

        var largeAuthor = await TokenAsync(host.Address, company.LargeAuthor.Email);
        var ordinaryAuthor = await TokenAsync(host.Address, company.OrdinaryAuthor.Email);
        Log($"{readers.Count} readers signed in");

        Task<HttpResponseMessage> Get(string path, string token)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return http.SendAsync(request);
        }

        async Task<bool> Ok(Task<HttpResponseMessage> call)
        {
            using var response = await call;
            await response.Content.ReadAsByteArrayAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }

        // Warm up: every reader's first read rebuilds their timeline (they were never active).
        foreach (var token in readers)
        {
            await Ok(Get("/api/v1/activity/feeds/home", token));
        }

        // A host's first posts compile the write path and the fan-out, which is no steady-state cost: both authors post once.
        foreach (var author in new[] { largeAuthor, ordinaryAuthor })
        {
            await Posted(http, author, "Warming up the write path");
        }

        // With as many clients at once as the visibility checks have readers, so that their first round of reads
        // does not pay for growing the host's database connection pools beyond what the closed-loop phases use.
        await Load.ClosedAsync(Math.Max(Workers, readers.Count), TimeSpan.FromSeconds(3), i => Ok(Get("/api/v1/activity/feeds/home", readers[i % readers.Count])));
        Log("warmed up");

        // Each measurement starts once the host has stopped compiling for its load (see Load.WarmAsync).
        async Task<LoadResult> SteadyAsync(string name, int workers, Func<int, Task<bool>> request)
        {
            var warm = await Load.WarmAsync(host.ProcessId, workers, request);
            Log($"{name}: warm after {warm.TotalSeconds:F0} s");
            return await Load.ClosedAsync(workers, seconds, request);
        }

        var plaintext = await SteadyAsync("plaintext", Workers, _ => Ok(http.GetAsync("/health/live")));
        var authenticated = await SteadyAsync("signed-in minimal", Workers, i => Ok(Get("/api/v1/activity/mutes", readers[i % readers.Count])));
        var home = await SteadyAsync("home feed", Workers, i => Ok(Get("/api/v1/activity/feeds/home", readers[i % readers.Count])));
        var paced = await Load.OpenAsync(home.PerSecond * 0.7, seconds, i => Ok(Get("/api/v1/activity/feeds/home", readers[i % readers.Count])));
        Console.WriteLine($"  plaintext (/health/live)      {plaintext}");
        Console.WriteLine($"  signed-in minimal (mutes)     {authenticated}");
        Console.WriteLine($"  home feed, as fast as served  {home}");
        Console.WriteLine($"  home feed at 70 % of that     {paced}");
        Console.WriteLine($"  home feed ÷ plaintext         {home.PerSecond / plaintext.PerSecond:P1}");


        // A visibility check reads every follower's stream at once until the post is in all of them: a round lasts as long as such a burst.
        async Task<string> BurstAsync()
        {
            var watch = Stopwatch.StartNew();
            await Task.WhenAll(readers.Select(t => Ok(Get("/api/v1/activity/feeds/home?limit=5", t))));
            return $"{watch.Elapsed.TotalMilliseconds:F0} ms";
        }

        Console.WriteLine($"  {readers.Count} home reads at once, until the last: {await BurstAsync()}, {await BurstAsync()}, {await BurstAsync()}");

        async Task VisibilityAsync(string name, string token, TimeSpan limit)
        {
            var watch = Stopwatch.StartNew();
            using var created = await PostAsync(http, token, $"Visibility check {Guid.NewGuid():N}");
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var answered = watch.Elapsed;
            var pending = readers.ToList();
            var rounds = 0;
            while (pending.Count > 0 && watch.Elapsed < limit)
            {
                rounds++;
                var seen = await Task.WhenAll(pending.Select(async t => (t, await (await Get("/api/v1/activity/feeds/home?limit=5", t)).Content.ReadAsStringAsync())));
                pending = seen.Where(s => !s.Item2.Contains(id, StringComparison.Ordinal)).Select(s => s.t).ToList();
            }

            Console.WriteLine($"  visible to all {readers.Count} signed-in followers: {(pending.Count == 0 ? $"{watch.Elapsed.TotalMilliseconds:F0} ms (POST answered in {answered.TotalMilliseconds:F0} ms, then {rounds} rounds of reads)" : $"{pending.Count} still missing after {limit.TotalSeconds} s")} — {name}");
        }

        await VisibilityAsync("large-audience author (10 000+ followers, merged at read)", largeAuthor, TimeSpan.FromSeconds(30));
        await VisibilityAsync("ordinary author (~500 followers, fanned out)", ordinaryAuthor, TimeSpan.FromSeconds(30));
        var writes = await SteadyAsync("POST", 4, i => Posted(http, readers[i % readers.Count], $"Benchmark post {i} #bench"));
        Console.WriteLine($"  POST /posts (4 writers)       {writes}");
        // As for reads: the latency a person gets while the host is busy but not saturated.
        var pacedWrites = await Load.OpenAsync(writes.PerSecond * 0.7, seconds, i => Posted(http, readers[i % readers.Count], $"Paced post {i} #bench"));
        Console.WriteLine($"  POST /posts at 70 % of that   {pacedWrites}");
        await VisibilityAsync("ordinary author, right after the write burst (fan-out backlog)", ordinaryAuthor, TimeSpan.FromSeconds(180));

        foreach (var feed in new[] { "home", "company" })
        {
            var token = readers[0];
            string? cursor = null;
            var page = 1;
            for (; page < 50; page++)
            {
                var body = await (await Get($"/api/v1/activity/feeds/{feed}" + (cursor is null ? string.Empty : $"?cursor={cursor}"), token)).Content.ReadFromJsonAsync<JsonElement>();
                cursor = body.GetProperty("nextCursor").GetString();
                if (cursor is null)
                {
                    break;
                }
            }

            // The deep page's statement is new to most pooled connections, which each plan it a few times before
            // keeping a plan: the first window shows that, the second the two pages equally warm.
            foreach (var window in new[] { "first 6 s", "next 6 s" })
            {
                var pages = await Load.InTurnAsync(
                    TimeSpan.FromSeconds(6), () => Ok(Get($"/api/v1/activity/feeds/{feed}", token)), () => Ok(Get($"/api/v1/activity/feeds/{feed}?cursor={cursor}", token)));
                var (first, deep) = (pages[0], pages[1]);
                Console.WriteLine($"  {feed} page {page} ÷ page 1 (p50, {window}) {deep.P50Ms / first.P50Ms:F2}  (page 1 {first.P50Ms:F2} ms, page {page} {deep.P50Ms:F2} ms)");
            }
        }

        // The other streams and search at this size, one reader at a time: what a person waits for on each screen.
        var others = new (string Name, string Path)[]
        {
            ("company", "/api/v1/activity/feeds/company"),
            ("most prolific author's stream", $"/api/v1/activity/feeds/people/{company.ProlificAuthor}"),
            ("a topic's stream (1 post in 50)", "/api/v1/activity/feeds/topics/topic7"),
            ("saved posts", "/api/v1/activity/feeds/saved"),
            ("search, a word in most posts", "/api/v1/activity/search?q=team"),
            ("search, a number in a few posts", "/api/v1/activity/search?q=update%2012345"),
            ("search, a word in no post", "/api/v1/activity/search?q=xylophone"),
            ("people directory search", "/api/v1/profiles?search=person%2004242"),
        };
        foreach (var (name, path) in others)
        {
            var read = await Load.ClosedAsync(1, TimeSpan.FromSeconds(3), _ => Ok(Get(path, readers[0])));
            Console.WriteLine($"  {name,-34} {read}");
        }
    }
}

static async Task<HttpResponseMessage> PostAsync(HttpClient http, string token, string body)
{
    var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activity/posts") { Content = JsonContent.Create(new { body }) };
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
    return await http.SendAsync(request);
}

static async Task<bool> Posted(HttpClient http, string token, string body)
{
    using var response = await PostAsync(http, token, body);
    return response.StatusCode == HttpStatusCode.Created;
}

static async Task<string> TokenAsync(Uri address, string email) => (await Crowd.SignInAsync(address, email)).AccessToken;
