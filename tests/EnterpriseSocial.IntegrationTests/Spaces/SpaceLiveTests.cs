using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace EnterpriseSocial.IntegrationTests.Spaces;

/// <summary>Live hints of a space follow its access: watchers who may no longer read it stop hearing of it.</summary>
public abstract class SpaceLiveTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient owner = null!;
    private HttpClient member = null!;
    private Guid memberId;
    private string memberToken = null!;
    private string outsiderToken = null!;

    public async Task InitializeAsync()
    {
        (owner, _) = await host.Factory.EmployeeAsync(12);
        (member, memberId, memberToken) = await host.Factory.EmployeeWithTokenAsync(13);
        (_, _, outsiderToken) = await host.Factory.EmployeeWithTokenAsync(14);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Turning_a_public_space_private_stops_live_hints_to_outsiders_already_watching_it()
    {
        var space = (await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Live {Guid.NewGuid():N}"[..20], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await owner.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { memberId } });
        var post = (await (await member.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Roadmap draft", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        string[] keys = [$"activity:spaces:{space}", $"activity:post:{post}"];

        await using var insider = await WatcherAsync(memberToken, keys);
        await using var outsider = await WatcherAsync(outsiderToken, keys);

        Assert.Equal(HttpStatusCode.OK, (await owner.PatchAsJsonAsync($"/api/v1/spaces/{space}", new { visibility = "private" })).StatusCode);
        await insider.Rewatched.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await outsider.Rewatched.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(0, outsider.Granted);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind = "celebrate" })).StatusCode);
        var next = (await (await member.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Second draft", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await Eventually.HoldsAsync(() => Task.FromResult(insider.Heard.Contains($"post.counts:{post}") && insider.Heard.Contains($"feed.posted:{next}")),
            "the member hears of the reaction and the new post");
        // Only hints of the time the space was public may have reached the outsider.
        Assert.DoesNotContain($"post.counts:{post}", outsider.Heard);
        Assert.DoesNotContain($"feed.posted:{next}", outsider.Heard);
    }

    /// <summary>A connection that behaves as the web client: it watches keys, and watches them again when asked.</summary>
    private async Task<Watcher> WatcherAsync(string token, string[] keys)
    {
        var watcher = new Watcher(host.Factory.HubConnection(token), keys);
        await watcher.Connection.StartAsync();
        foreach (var key in keys)
        {
            await watcher.Connection.InvokeAsync("Watch", key);
        }

        return watcher;
    }

    private sealed class Watcher : IAsyncDisposable
    {
        private int granted;

        public Watcher(HubConnection connection, string[] keys)
        {
            Connection = connection;
            connection.On<JsonElement>("post.counts", hint => Heard.Add($"post.counts:{hint.GetProperty("postId").GetGuid()}"));
            connection.On<JsonElement>("feed.posted", hint => Heard.Add($"feed.posted:{hint.GetProperty("postId").GetGuid()}"));
            connection.On<JsonElement>("live.rewatch", async _ =>
            {
                foreach (var key in keys)
                {
                    try
                    {
                        await connection.InvokeAsync("Watch", key);
                        Interlocked.Increment(ref granted);
                    }
                    catch (HubException)
                    {
                        // Refused: this person may no longer read it.
                    }
                }

                Rewatched.TrySetResult();
            });
        }

        public HubConnection Connection { get; }

        public System.Collections.Concurrent.ConcurrentBag<string> Heard { get; } = [];

        public TaskCompletionSource Rewatched { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int Granted => Volatile.Read(ref granted);

        public ValueTask DisposeAsync() => Connection.DisposeAsync();
    }
}

public sealed class SqliteSpaceLiveTests(SqliteHost host) : SpaceLiveTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlSpaceLiveTests(PostgreSqlHost host) : SpaceLiveTests(host), IClassFixture<PostgreSqlHost>;
