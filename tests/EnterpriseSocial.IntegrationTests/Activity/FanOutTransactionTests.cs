using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.FanOut;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// On the embedded default a transaction holds the file's write turn, and every other writer of the
/// process waits as long as it lasts (ADR 0024): a fan-out reads who its post reaches before its
/// transaction opens, and writes only the timelines' entries inside it.
/// </summary>
public sealed class FanOutTransactionTests(SqliteFeedHost host) : IClassFixture<SqliteFeedHost>
{
    [Fact]
    public async Task A_fan_out_reads_its_audience_before_its_transaction_and_still_reaches_it()
    {
        var (author, authorId) = await host.Factory.EmployeeAsync(8);
        var (reader, readerId) = await host.Factory.EmployeeAsync(9);
        Assert.True((await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null)).IsSuccessStatusCode);
        await reader.FeedAsync("home");
        var post = await author.PostAsync("Fanned out again, by hand");
        await host.Factory.EventsHandledAsync("the post's own fan-out has run");

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ActivityDbContext>();
        var sequence = await db.Posts.Where(p => p.Id == post.Id()).Select(p => p.Sequence).SingleAsync();
        await db.Timeline.Where(e => e.OwnerId == readerId && e.PostSequence == sequence).ExecuteDeleteAsync();
        var graph = new TransactionsSeen(services.GetRequiredService<IFollowGraph>(), db);
        var fanOut = new FanOutPost(db, TimeProvider.System, graph, services.GetRequiredService<HomeTimeline>(),
            services.GetRequiredService<IOptions<FeedSettings>>(), services.GetRequiredService<ILiveUpdates>(),
            services.GetRequiredService<ISpaceAccess>(), services.GetRequiredService<ISpaceRoster>(), services.GetRequiredService<SharedStreams>());

        await fanOut.HandleAsync(new PostPublished(post.Id(), authorId, [], [], null), CancellationToken.None);

        Assert.Equal([false], graph.FollowersAskedInTransaction.Distinct());
        Assert.True(await db.Timeline.AnyAsync(e => e.OwnerId == readerId && e.PostSequence == sequence));
    }

    /// <summary>Notes, each time the post's followers are asked for, whether the fan-out's context had a transaction open.</summary>
    private sealed class TransactionsSeen(IFollowGraph graph, DbContext fanOutContext) : FollowGraphDecorator(graph)
    {
        public List<bool> FollowersAskedInTransaction { get; } = [];

        public override Task<CursorPage<Guid>> FollowersAsync(Guid personId, string? cursor, int limit, CancellationToken cancellationToken)
        {
            FollowersAskedInTransaction.Add(fanOutContext.Database.CurrentTransaction is not null);
            return base.FollowersAsync(personId, cursor, limit, cancellationToken);
        }
    }
}
