using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>
/// Two nodes of the host sharing one PostgreSQL database and one Redis, as replicas behind a load
/// balancer run: the second starts on a database the first has already migrated and seeded.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private static readonly string Redis = Environment.GetEnvironmentVariable("ES_TEST_REDIS") ?? "127.0.0.1:56379";

    private TestDatabase database = null!;

    public HostFactory A { get; private set; } = null!;

    public HostFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.PostgreSql);
        var settings = new Dictionary<string, string?> { ["Redis:ConnectionString"] = Redis };
        A = new HostFactory(database, settings: settings);
        _ = A.Server;
        B = new HostFactory(database, settings: settings);
        _ = B.Server;
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await database.DisposeAsync();
    }
}

/// <summary>
/// Live hints cross nodes through the Redis backplane. Both nodes run the outbox; a post written
/// through A wakes A's outbox at once while B only polls, so the hints here are mostly sent by A
/// and reach the client on B only through Redis. Whichever node delivers an event, it is stored once.
/// </summary>
public sealed class ScaleOutTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan HintTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Mentions_written_through_one_node_are_hinted_to_a_client_on_the_other_and_caught_up_there_once_each()
    {
        var (author, _) = await nodes.A.EmployeeAsync(30);
        // Signed in through A, connected and reading through B: tokens are valid on every node.
        var (_, recipientId, token) = await nodes.A.EmployeeWithTokenAsync(31);
        var recipientOnB = nodes.B.Api(token);

        var hint = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var connection = nodes.B.HubConnection(token);
        connection.On<JsonElement>("notifications.changed", _ => Volatile.Read(ref hint).TrySetResult());
        await connection.StartReadyAsync();

        var posts = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            Volatile.Write(ref hint, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            posts.Add((await author.PostAsync($"Over to you, @[Colleague]({recipientId}) {Guid.NewGuid():N}")).Id());
            await hint.Task.WaitAsync(HintTimeout);
        }

        var items = await AllChangesAsync(recipientOnB);
        foreach (var post in posts)
        {
            Assert.Single(items, n => n.GetProperty("type").GetString() == "mention"
                && n.GetProperty("post").ValueKind == JsonValueKind.Object && n.GetProperty("post").Id() == post);
        }

        Assert.Equal(items.Count, items.Select(n => n.Id()).Distinct().Count());
    }

    [Fact]
    public async Task A_watcher_on_one_node_hears_of_a_post_written_through_the_other()
    {
        var (author, _) = await nodes.A.EmployeeAsync(32);
        var (_, _, token) = await nodes.B.EmployeeWithTokenAsync(33);
        var heard = new ConcurrentQueue<Guid>();
        await using var connection = nodes.B.HubConnection(token);
        connection.On<JsonElement>("feed.posted", payload => heard.Enqueue(payload.GetProperty("postId").GetGuid()));
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", "activity:company");

        var post = (await author.PostAsync($"Heard on every node {Guid.NewGuid():N}")).Id();
        await Eventually.HoldsAsync(() => Task.FromResult(heard.Contains(post)), "the watcher on B hears of the post written through A", HintTimeout);
    }

    [Fact]
    public async Task A_live_ticket_issued_by_one_node_opens_the_hub_on_the_other()
    {
        var (_, _, token) = await nodes.A.EmployeeWithTokenAsync(34);
        var ticket = await nodes.A.LiveTicketAsync(token);
        Assert.NotNull(ticket);

        var negotiated = await nodes.B.CreateClient().PostAsync(
            $"{LiveHub.Path}/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(ticket)}", content: null);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
    }

    [Fact]
    public async Task A_space_made_private_through_one_node_hides_its_posts_there_at_once_and_on_the_other_within_its_recheck()
    {
        var (owner, _) = await nodes.A.EmployeeAsync(35);
        var (_, _, token) = await nodes.A.EmployeeWithTokenAsync(36);
        var (outsiderOnA, outsiderOnB) = (nodes.A.Api(token), nodes.B.Api(token));
        var space = (await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Open {Guid.NewGuid():N}"[..20], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var post = (await (await owner.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Soon for members only", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        // A new public space reaches the other node's answers within the recheck too; then both keep them (ADR 0035).
        Assert.Equal(HttpStatusCode.OK, (await outsiderOnA.GetAsync($"/api/v1/activity/posts/{post}")).StatusCode);
        await Eventually.HoldsAsync(
            async () => (await outsiderOnB.GetAsync($"/api/v1/activity/posts/{post}")).StatusCode == HttpStatusCode.OK,
            "the other node shows the post of the new public space", TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, (await owner.PatchAsJsonAsync($"/api/v1/spaces/{space}", new { visibility = "private" })).StatusCode);

        await (await outsiderOnA.GetAsync($"/api/v1/activity/posts/{post}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await Eventually.HoldsAsync(
            async () => (await outsiderOnB.GetAsync($"/api/v1/activity/posts/{post}")).StatusCode == HttpStatusCode.NotFound,
            "the other node hides the post too", TimeSpan.FromSeconds(20));
    }

    /// <summary>Every change since the start, following the cursor until nothing more is waiting.</summary>
    private static async Task<List<JsonElement>> AllChangesAsync(HttpClient client)
    {
        var items = new List<JsonElement>();
        long since = 0;
        while (true)
        {
            var changes = await client.GetFromJsonAsync<JsonElement>($"/api/v1/notifications/changes?since={since}");
            items.AddRange(changes.GetProperty("items").EnumerateArray());
            since = changes.GetProperty("sequence").GetInt64();
            if (!changes.GetProperty("hasMore").GetBoolean())
            {
                return items;
            }
        }
    }
}
