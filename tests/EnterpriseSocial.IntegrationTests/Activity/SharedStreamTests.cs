using System.Collections;
using System.Linq.Expressions;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// A large audience's newest posts are kept by each node for all of its followers' home streams (ADR 0030):
/// what the node keeps never shows what the access check would not, pages further back read the rest,
/// and the requests that find a list expired read it once between them.
/// </summary>
public abstract class SharedStreamTests(FeedHost host) : IAsyncLifetime
{
    private HttpClient chief = null!;
    private HttpClient reader = null!;

    public async Task InitializeAsync()
    {
        (chief, var chiefId) = await host.Factory.ChiefExecutiveAsync();
        (reader, _) = await host.Factory.EmployeeAsync(4);
        await reader.PutAsync($"/api/v1/profiles/{chiefId}/follow", null);
        await reader.FeedAsync("home");
        // Following copies the chief's latest posts into the reader's timeline: the posts of the tests come after it.
        await host.Factory.EventsHandledAsync("the follow is handled", TimeSpan.FromMinutes(1));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Home_pages_beyond_what_a_node_keeps_of_a_large_audience_read_the_rest()
    {
        var posted = new List<Guid>();
        for (var i = 0; i < (FeedHost.SharedStreamLength * 2) + 1; i++)
        {
            posted.Insert(0, (await chief.PostAsync($"Chief's update {i}")).Id());
            if (i % 3 == 0)
            {
                // The reader's own posts come from their timeline, asked together with the chief's further back.
                posted.Insert(0, (await reader.PostAsync($"Reader's note {i}")).Id());
            }
        }

        await host.Factory.EventsHandledAsync("the reader's posts are in their timeline", TimeSpan.FromMinutes(1));
        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(posted[^1]), "the chief's posts are merged into the home stream");

        var seen = new List<Guid>();
        await foreach (var post in reader.FeedPostsAsync("home", pageSize: 2))
        {
            seen.Add(post.Id());
            if (post.Id() == posted[^1])
            {
                break;
            }
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(posted, seen.Where(posted.Contains));
    }

    [Fact]
    public async Task A_deleted_post_leaves_the_home_stream_although_the_node_still_keeps_it()
    {
        var post = (await chief.PostAsync("Said too soon")).Id();
        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(post), "the chief's post is merged into the home stream");

        Assert.Equal(HttpStatusCode.NoContent, (await chief.DeleteAsync($"/api/v1/activity/posts/{post}")).StatusCode);

        // A first page short enough to be taken from what the node keeps.
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/home?limit=2");
        Assert.DoesNotContain(post, page.GetProperty("items").EnumerateArray().Select(p => p.Id()));
    }

    [Fact]
    public async Task Requests_that_find_a_shared_list_expired_share_one_read_of_it()
    {
        using var first = host.Factory.Services.CreateScope();
        using var second = host.Factory.Services.CreateScope();
        var readable = new TaskCompletionSource();
        var reads = 0;
        var source = new SharedSource($"test:{Guid.NewGuid():N}", (_, _) =>
        {
            Interlocked.Increment(ref reads);
            return new SequencesRead(readable.Task, [30, 20, 10]);
        });

        var reading = first.ServiceProvider.GetRequiredService<SharedStreams>().NewestAsync(source, long.MaxValue, 2, CancellationToken.None);
        var waiting = second.ServiceProvider.GetRequiredService<SharedStreams>().NewestAsync(source, 25, 2, CancellationToken.None);
        readable.SetResult();

        Assert.Equal([30L, 20L], await reading);
        Assert.Equal([20L, 10L], await waiting);
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task A_failed_read_of_a_shared_list_is_not_kept_for_the_next_request()
    {
        using var scope = host.Factory.Services.CreateScope();
        var streams = scope.ServiceProvider.GetRequiredService<SharedStreams>();
        var down = true;
        var source = new SharedSource($"test:{Guid.NewGuid():N}", (_, _) =>
            down ? new SequencesRead(Task.FromException(new InvalidOperationException("The database is away.")), []) : new SequencesRead(Task.CompletedTask, [30]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => streams.NewestAsync(source, long.MaxValue, 2, CancellationToken.None));
        down = false;

        Assert.Equal([30L], await streams.NewestAsync(source, long.MaxValue, 2, CancellationToken.None));
    }

    /// <summary>A list's read that answers once <paramref name="readable"/> completes, as a query being run does.</summary>
    private sealed class SequencesRead(Task readable, long[] sequences) : IQueryable<long>, IAsyncEnumerable<long>
    {
        public Type ElementType => typeof(long);

        public Expression Expression => sequences.AsQueryable().Expression;

        public IQueryProvider Provider => sequences.AsQueryable().Provider;

        public IEnumerator<long> GetEnumerator() => ((IEnumerable<long>)sequences).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public async IAsyncEnumerator<long> GetAsyncEnumerator(CancellationToken cancellationToken = default)
        {
            await readable;
            foreach (var sequence in sequences)
            {
                yield return sequence;
            }
        }
    }
}

public sealed class SqliteSharedStreamTests(SqliteFeedHost host) : SharedStreamTests(host), IClassFixture<SqliteFeedHost>;

public sealed class PostgreSqlSharedStreamTests(PostgreSqlFeedHost host) : SharedStreamTests(host), IClassFixture<PostgreSqlFeedHost>;
