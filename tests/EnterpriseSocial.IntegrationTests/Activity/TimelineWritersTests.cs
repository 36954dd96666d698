using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.FanOut;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// Writers of one person's timeline at the same moment, where they commit side by side: SQLite's take
/// turns (ADR 0024), so none of the cases below can happen there.
/// </summary>
public sealed class TimelineWritersTests(PostgreSqlFeedHost host) : IClassFixture<PostgreSqlFeedHost>
{
    private const string InsertEntry = "INSERT INTO activity.\"Timeline\" (\"OwnerId\", \"PostSequence\", \"AuthorId\", \"Reason\") VALUES ($1, $2, $3, $4)";

    /// <summary>The backfill saw the follow, then the unfollow committed and its removal ran before the backfill's copies existed.</summary>
    [Fact]
    public async Task A_follow_undone_while_its_backfill_runs_leaves_nothing_in_the_home_stream()
    {
        var (author, authorId) = await host.Factory.EmployeeAsync(2);
        var (reader, readerId) = await host.Factory.EmployeeAsync(3);
        var follow = $"/api/v1/profiles/{authorId}/follow";
        await reader.DeleteAsync(follow);
        await reader.FeedAsync("home");
        var post = await author.PostAsync("Posted before a follow of a moment");
        await reader.PutAsync(follow, null);
        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(post.Id()), "recent posts are backfilled on follow");

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var graph = new UndoneOnceAsked(services.GetRequiredService<IFollowGraph>(), async () =>
        {
            await reader.DeleteAsync(follow);
            await Eventually.HoldsAsync(async () => !(await reader.FeedAsync("home")).Contains(post.Id()), "the unfollow's removal has run");
        });
        var backfill = new BackfillOnPersonFollowed(services.GetRequiredService<ActivityDbContext>(), TimeProvider.System,
            services.GetRequiredService<HomeTimeline>(), graph, services.GetRequiredService<IMemoryCache>());

        await backfill.HandleAsync(new PersonFollowed(readerId, authorId), CancellationToken.None);

        Assert.DoesNotContain(post.Id(), await reader.FeedAsync("home"));
    }

    /// <summary>As above, but the check made once the copies are committed fails: the event's redelivery makes it again.</summary>
    [Fact]
    public async Task A_backfill_whose_check_after_commit_failed_removes_its_copies_when_redelivered()
    {
        var (author, authorId) = await host.Factory.EmployeeAsync(8);
        var (reader, readerId) = await host.Factory.EmployeeAsync(9);
        var follow = $"/api/v1/profiles/{authorId}/follow";
        await reader.DeleteAsync(follow);
        await reader.FeedAsync("home");
        var post = await author.PostAsync("Posted before a follow whose check failed");
        await reader.PutAsync(follow, null);
        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(post.Id()), "recent posts are backfilled on follow");

        var followed = new PersonFollowed(readerId, authorId);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var graph = new UndoneOnceAsked(scope.ServiceProvider.GetRequiredService<IFollowGraph>(), async () =>
        {
            await reader.DeleteAsync(follow);
            await Eventually.HoldsAsync(async () => !(await reader.FeedAsync("home")).Contains(post.Id()), "the unfollow's removal has run");
        }, failsNextAnswer: true);

        await Assert.ThrowsAsync<TimeoutException>(() => DeliverAsync(followed, graph));
        Assert.Contains(post.Id(), await reader.FeedAsync("home"));

        await DeliverAsync(followed, graph);
        Assert.DoesNotContain(post.Id(), await reader.FeedAsync("home"));
    }

    /// <summary>The same with a space: the backfill of a membership ended while it runs.</summary>
    [Fact]
    public async Task A_membership_ended_while_its_backfill_runs_leaves_nothing_in_the_home_stream()
    {
        var (owner, _) = await host.Factory.EmployeeAsync(6);
        var (joiner, joinerId) = await host.Factory.EmployeeAsync(7);
        await joiner.FeedAsync("home");
        var space = (await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Space {Guid.NewGuid():N}"[..20], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var post = (await (await owner.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Posted before a stay of a moment", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var membership = $"/api/v1/spaces/{space}/membership";
        Assert.True((await joiner.PutAsJsonAsync(membership, new { })).IsSuccessStatusCode);
        await Eventually.HoldsAsync(async () => (await joiner.FeedAsync("home")).Contains(post), "a space's recent posts are backfilled on joining");

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var roster = new LeftOnceAsked(services.GetRequiredService<ISpaceRoster>(), async () =>
        {
            await joiner.DeleteAsync(membership);
            await Eventually.HoldsAsync(async () => !(await joiner.FeedAsync("home")).Contains(post), "the leave's removal has run");
        });
        var db = services.GetRequiredService<ActivityDbContext>();
        var timeline = new HomeTimeline(db, services.GetRequiredService<IFollowGraph>(), roster, services.GetRequiredService<IMemoryCache>(),
            services.GetRequiredService<IOptions<FeedSettings>>(), TimeProvider.System);
        var backfill = new BackfillOnMemberJoined(db, TimeProvider.System, timeline);

        await backfill.HandleAsync(new MemberJoined(space, joinerId, "member", InvitedBy: null), CancellationToken.None);

        Assert.DoesNotContain(post, await joiner.FeedAsync("home"));
    }

    /// <summary>
    /// A reader's first home read rebuilds their timeline while another writer (a backfill, a fan-out) writes
    /// the same entries in the other order: PostgreSQL ends the deadlock by failing the rebuild's save.
    /// </summary>
    [Fact]
    public async Task A_first_home_read_whose_rebuild_meets_a_deadlock_still_answers_the_stream()
    {
        var (author, authorId) = await host.Factory.EmployeeAsync(4);
        var (reader, readerId) = await host.Factory.EmployeeAsync(5);
        await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null);
        var older = (await author.PostAsync("The first of two")).Id();
        var newer = (await author.PostAsync("The second of two")).Id();
        var sequences = await SequencesAsync(older, newer);
        // The posts' fan-out passed the reader by (never active); none may run once the read marks them active.
        await host.Factory.EventsHandledAsync("the posts' fan-out is done");

        var database = host.Factory.Database;
        var deadlocksBefore = await SideWriter.DeadlocksAsync(database);
        await using var writer = await SideWriter.BeginAsync(database);
        await writer.ExecuteAsync(InsertEntry, readerId, sequences[newer], authorId, (int)TimelineReason.FollowedPerson);
        var read = reader.GetAsync("/api/v1/activity/feeds/home");
        await Eventually.HoldsAsync(async () => await SideWriter.WaitingOnLocksAsync(database, "Timeline") > 0, "the rebuild waits for the other writer's entry");
        await writer.ExecuteAsync(InsertEntry, readerId, sequences[older], authorId, (int)TimelineReason.FollowedPerson);
        await writer.RollbackAsync();

        using var response = await read;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Superset(new HashSet<Guid> { older, newer }, (await reader.FeedAsync("home")).ToHashSet());
        await Eventually.HoldsAsync(async () => await SideWriter.DeadlocksAsync(database) > deadlocksBefore, "PostgreSQL counts the deadlock it ended");
    }

    /// <summary>Delivers the event to a backfill of its own scope, as the outbox does on each attempt.</summary>
    private async Task DeliverAsync(PersonFollowed followed, IFollowGraph graph)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var backfill = new BackfillOnPersonFollowed(services.GetRequiredService<ActivityDbContext>(), TimeProvider.System,
            services.GetRequiredService<HomeTimeline>(), graph, services.GetRequiredService<IMemoryCache>());
        await backfill.HandleAsync(followed, CancellationToken.None);
    }

    private async Task<Dictionary<Guid, long>> SequencesAsync(params Guid[] posts)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ActivityDbContext>().Posts
            .Where(p => posts.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Sequence);
    }

    /// <summary>The roster, whose first answer about a person's spaces comes back only after they left one.</summary>
    private sealed class LeftOnceAsked(ISpaceRoster roster, Func<Task> leave) : ISpaceRoster
    {
        private bool left;

        public async Task<IReadOnlyList<Guid>> SpacesOfAsync(Guid personId, CancellationToken cancellationToken)
        {
            var answer = await roster.SpacesOfAsync(personId, cancellationToken);
            if (!left)
            {
                left = true;
                await leave();
            }

            return answer;
        }

        public Task<IReadOnlyList<Guid>> ManagersAsync(Guid spaceId, CancellationToken cancellationToken) => roster.ManagersAsync(spaceId, cancellationToken);

        public Task<int> MemberCountAsync(Guid spaceId, CancellationToken cancellationToken) => roster.MemberCountAsync(spaceId, cancellationToken);

        public Task<CursorPage<Guid>> MembersAsync(Guid spaceId, string? cursor, int limit, CancellationToken cancellationToken) =>
            roster.MembersAsync(spaceId, cursor, limit, cancellationToken);
    }

    /// <summary>
    /// The follow graph, whose first answer about a follow comes back only after the follow was undone,
    /// and whose next one, when asked to, fails as a database out of reach would.
    /// </summary>
    private sealed class UndoneOnceAsked(IFollowGraph graph, Func<Task> undo, bool failsNextAnswer = false) : FollowGraphDecorator(graph)
    {
        private int asked;

        public override async Task<bool> FollowsAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken)
        {
            asked++;
            if (asked == 2 && failsNextAnswer)
            {
                throw new TimeoutException("The follow graph did not answer.");
            }

            var answer = await base.FollowsAsync(followerId, followeeId, cancellationToken);
            if (asked == 1)
            {
                await undo();
            }

            return answer;
        }
    }
}
