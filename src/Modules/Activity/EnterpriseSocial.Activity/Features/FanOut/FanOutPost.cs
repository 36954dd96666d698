using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Activity.Features.Live;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.FanOut;

/// <summary>
/// Copies a new post into the home timelines of its author's and its topics' active followers, and
/// of its space's active members,
/// after the post's own request has answered. Large audiences are recorded instead and merged when read.
/// </summary>
internal sealed class FanOutPost(
    ActivityDbContext context, TimeProvider clock, IFollowGraph graph, HomeTimeline timeline, IOptions<FeedSettings> options, ILiveUpdates live,
    ISpaceAccess spaces, ISpaceRoster roster)
    : IdempotentConsumer<PostPublished, ActivityDbContext>(context, clock)
{
    private const int FollowerPage = 500;

    private readonly List<Guid> reached = [];

    protected override async Task HandleOnceAsync(PostPublished published, CancellationToken cancellationToken)
    {
        var post = await Context.Posts.AsNoTracking().Where(p => p.Id == published.PostId && p.DeletedAt == null)
            .Select(p => new { p.Sequence, p.AuthorId }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return;
        }

        // Everyone the post may reach, with the first reason found; only the active among them get it.
        var owners = new Dictionary<Guid, TimelineReason> { [post.AuthorId] = TimelineReason.Own };
        if (await IsLargeAsync(AudienceKind.Person, post.AuthorId.ToString(), () => graph.FollowerCountAsync(post.AuthorId, cancellationToken), cancellationToken) is false)
        {
            await CollectAsync(owners, TimelineReason.FollowedPerson, cursor => graph.FollowersAsync(post.AuthorId, cursor, FollowerPage, cancellationToken));
        }

        // A praise reaches the people praised and their followers too.
        var praisedPeople = published.PraisedPeople ?? [];
        foreach (var praised in praisedPeople)
        {
            owners.TryAdd(praised, TimelineReason.FollowedPerson);
        }

        foreach (var praised in praisedPeople)
        {
            if (await IsLargeAsync(AudienceKind.Person, praised.ToString(), () => graph.FollowerCountAsync(praised, cancellationToken), cancellationToken) is false)
            {
                await CollectAsync(owners, TimelineReason.FollowedPerson, cursor => graph.FollowersAsync(praised, cursor, FollowerPage, cancellationToken));
            }
        }

        foreach (var topic in published.Topics)
        {
            if (await IsLargeAsync(AudienceKind.Topic, topic, () => graph.TopicFollowerCountAsync(topic, cancellationToken), cancellationToken) is false)
            {
                await CollectAsync(owners, TimelineReason.FollowedTopic, cursor => graph.TopicFollowersAsync(topic, cursor, FollowerPage, cancellationToken));
            }
        }

        if (published.SpaceId is { } space
            && await IsLargeAsync(AudienceKind.Space, space.ToString(), () => roster.MemberCountAsync(space, cancellationToken), cancellationToken) is false)
        {
            await CollectAsync(owners, TimelineReason.SpaceMember, cursor => roster.MembersAsync(space, cursor, FollowerPage, cancellationToken));
        }

        var active = (await timeline.ActiveAmongAsync(owners.Keys, cancellationToken)).ToHashSet();
        owners = owners.Where(o => active.Contains(o.Key)).ToDictionary();
        if (published.SpaceId is { } spaceId && owners.Count > 0)
        {
            // A post in a space reaches only the followers who may read the space.
            var readers = await spaces.ReadersAsync(spaceId, owners.Keys.ToList(), cancellationToken);
            owners = owners.Where(o => readers.Contains(o.Key)).ToDictionary();
        }

        if (owners.Count > 0)
        {
            await timeline.AddAsync(post.Sequence, post.AuthorId, owners, cancellationToken);
        }

        reached.AddRange(owners.Keys);
    }

    protected override async Task AfterCommitAsync(PostPublished published, CancellationToken cancellationToken)
    {
        var hint = new { published.PostId, published.AuthorId };
        await live.ToPeopleAsync(reached, ActivityLive.FeedPosted, hint, cancellationToken);
        if (published.SpaceId is { } spaceId)
        {
            // Watchers of the company, the author or a topic may not read the space: only its watchers hear of it.
            var epoch = await ActivityLive.EpochAsync(Context, spaceId, cancellationToken);
            await live.ToWatchersAsync(ActivityLive.Space(spaceId, epoch), ActivityLive.FeedPosted, hint, cancellationToken);
            return;
        }

        await live.ToWatchersAsync(ActivityLive.Company, ActivityLive.FeedPosted, hint, cancellationToken);
        foreach (var author in (published.PraisedPeople ?? []).Prepend(published.AuthorId))
        {
            await live.ToWatchersAsync(ActivityLive.Author(author), ActivityLive.FeedPosted, hint, cancellationToken);
        }
        foreach (var topic in published.Topics)
        {
            await live.ToWatchersAsync(ActivityLive.Topic(topic), ActivityLive.FeedPosted, hint, cancellationToken);
        }
    }

    private async Task<bool> IsLargeAsync(AudienceKind kind, string key, Func<Task<int>> followerCount, CancellationToken cancellationToken)
    {
        if (await Context.LargeAudiences.AnyAsync(a => a.Kind == kind && a.Key == key, cancellationToken))
        {
            return true;
        }

        if (await followerCount() <= options.Value.LargeAudienceThreshold)
        {
            return false;
        }

        Context.LargeAudiences.Add(new LargeAudience { Kind = kind, Key = key });
        return true;
    }

    private static async Task CollectAsync(
        Dictionary<Guid, TimelineReason> owners,
        TimelineReason reason,
        Func<string?, Task<SharedKernel.CursorPage<Guid>>> followers)
    {
        string? cursor = null;
        do
        {
            var page = await followers(cursor);
            foreach (var follower in page.Items)
            {
                owners.TryAdd(follower, reason);
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }
}
