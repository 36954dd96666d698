using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Live hints over the hub: new posts in watched streams, changed counts on watched posts.</summary>
public abstract class LiveFeedTests(HostFixture host) : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Message, JsonElement Payload)> received = new();
    private HttpClient author = null!;
    private Guid authorId;
    private HttpClient reader = null!;
    private HubConnection connection = null!;

    public async Task InitializeAsync()
    {
        (author, authorId, _) = await host.Factory.EmployeeWithTokenAsync(5);
        (reader, _, var token) = await host.Factory.EmployeeWithTokenAsync(6);
        connection = host.Factory.HubConnection(token);
        foreach (var message in new[] { "feed.posted", "post.counts" })
        {
            connection.On<JsonElement>(message, payload => received.Enqueue((message, payload)));
        }

        await connection.StartAsync();
    }

    public async Task DisposeAsync() => await connection.DisposeAsync();

    private Task ArrivesAsync(string message, Func<JsonElement, bool> matches, string what) =>
        Eventually.HoldsAsync(() => Task.FromResult(received.Any(r => r.Message == message && matches(r.Payload))), what);

    [Fact]
    public async Task A_new_post_is_announced_to_watchers_of_the_company_stream_and_to_followers()
    {
        await connection.InvokeAsync("Watch", "activity:company");
        var post = await author.PostAsync("Live from the company stream");
        await ArrivesAsync("feed.posted", p => p.GetProperty("postId").GetGuid() == post.Id(), "the company stream's watcher hears of the post");

        await reader.FeedAsync("home");
        await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null);
        await connection.InvokeAsync("Unwatch", "activity:company");
        var followed = await author.PostAsync("For my followers");
        await ArrivesAsync("feed.posted", p => p.GetProperty("postId").GetGuid() == followed.Id(), "a follower hears of the post without watching anything");
    }

    [Fact]
    public async Task Watchers_of_a_post_see_its_counts_change()
    {
        var post = await author.PostAsync("Count on me");
        await connection.InvokeAsync("Watch", $"activity:post:{post.Id()}");

        await author.PutAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/reaction", new { kind = "celebrate" });
        await ArrivesAsync("post.counts", p => p.GetProperty("postId").GetGuid() == post.Id()
            && p.GetProperty("reactions").GetProperty("celebrate").GetInt32() == 1, "the reaction count arrives");

        await author.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "First!" });
        await ArrivesAsync("post.counts", p => p.GetProperty("postId").GetGuid() == post.Id()
            && p.GetProperty("commentCount").GetInt32() == 1, "the comment count arrives");
    }

    [Fact]
    public async Task A_client_back_from_a_lost_connection_reads_the_counts_it_missed()
    {
        var seen = await author.PostAsync("Counted while you were away");
        (await author.PutAsJsonAsync($"/api/v1/activity/posts/{seen.Id()}/reaction", new { kind = "support" })).EnsureSuccessStatusCode();
        (await author.PostAsJsonAsync($"/api/v1/activity/posts/{seen.Id()}/comments", new { body = "Still here" })).EnsureSuccessStatusCode();
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Counts {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var membersOnly = await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Members only", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var counts = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/counts?ids={seen.Id()},{membersOnly.Id()},{Guid.CreateVersion7()}");

        // A post in a space the reader is not in is left out exactly as a post that does not exist.
        var only = Assert.Single(counts.EnumerateArray());
        Assert.Equal(seen.Id(), only.GetProperty("postId").GetGuid());
        Assert.Equal(1, only.GetProperty("commentCount").GetInt32());
        Assert.Equal(1, only.GetProperty("reactions").GetProperty("support").GetInt32());
        Assert.Equal(0, only.GetProperty("reactions").GetProperty("like").GetInt32());
    }

    [Fact]
    public async Task Counts_are_asked_for_by_at_most_a_hundred_post_ids()
    {
        var tooMany = string.Join(',', Enumerable.Range(0, 101).Select(_ => Guid.CreateVersion7()));
        foreach (var query in new[] { "", "?ids=", "?ids=not-an-id", $"?ids={Guid.CreateVersion7()},42", $"?ids={tooMany}" })
        {
            var problem = await (await reader.GetAsync($"/api/v1/activity/posts/counts{query}")).AssertProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.GetProperty("errors").TryGetProperty("ids", out _), query);
        }
    }

    [Fact]
    public async Task Nothing_unknown_can_be_watched()
    {
        foreach (var key in new[] { $"activity:post:{Guid.CreateVersion7()}", "activity:secrets", "nosuchmodule:thing", "nocolon" })
        {
            var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Watch", key));
            Assert.Contains("There is nothing to watch there.", refused.Message);
        }
    }
}

public sealed class SqliteLiveFeedTests(SqliteHost host) : LiveFeedTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlLiveFeedTests(PostgreSqlHost host) : LiveFeedTests(host), IClassFixture<PostgreSqlHost>;
