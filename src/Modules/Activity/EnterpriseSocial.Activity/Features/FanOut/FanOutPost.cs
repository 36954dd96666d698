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
    ISpaceAccess spaces, ISpaceRoster roster, SharedStreams shared)
    : IdempotentConsumer<PostPublished, ActivityDbContext>(context, clock)
{
    private const int FollowerPage = 500;

    private readonly List<Guid> reached = [];

    private Dictionary<Guid, TimelineReason> owners = [];

    private long sequence;

    private Guid authorId;

    private bool recordedLargeAudience;

    /// <summary>Who the post reaches is read before the transaction: only the timelines' writes hold the write turn.</summary>
    protected override async Task PrepareAsync(PostPublished published, CancellationToken cancellationToken)
    {
        var post = await Context.Posts.AsNoTracking().Where(p => p.Id == published.PostId && p.DeletedAt == null)
            .Select(p => new { p.Sequence, p.AuthorId }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return;
        }

        (sequence, authorId) = (post.Sequence, post.AuthorId);
        // Everyone the post may reach, with the first reason found; only the active among them get it.
        var candidates = new Dictionary<Guid, TimelineReason> { [post.AuthorId] = TimelineReason.Own };
        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        var praisedPeople = published.PraisedPeople ?? [];
        // A praise reaches the people praised and their followers too.
        foreach (var praised in praisedPeople)
        {
            candidates.TryAdd(praised, TimelineReason.FollowedPerson);
        }

        foreach (var person in praisedPeople.Prepend(post.AuthorId).Distinct().Where(p => !large.People.Contains(p)))
        {
            await CollectAsync(candidates, TimelineReason.FollowedPerson, new Audience(AudienceKind.Person, person.ToString(),
                cursor => graph.FollowersAsync(person, cursor, FollowerPage, cancellationToken),
                () => graph.FollowerCountAsync(person, cancellationToken)), cancellationToken);
        }

        foreach (var topic in published.Topics.Distinct().Where(t => !large.Topics.Contains(t)))
        {
            await CollectAsync(candidates, TimelineReason.FollowedTopic, new Audience(AudienceKind.Topic, topic,
                cursor => graph.TopicFollowersAsync(topic, cursor, FollowerPage, cancellationToken),
                () => graph.TopicFollowerCountAsync(topic, cancellationToken)), cancellationToken);
        }

        if (published.SpaceId is { } space && !large.Spaces.Contains(space))
        {
            await CollectAsync(candidates, TimelineReason.SpaceMember, new Audience(AudienceKind.Space, space.ToString(),
                cursor => roster.MembersAsync(space, cursor, FollowerPage, cancellationToken),
                () => roster.MemberCountAsync(space, cancellationToken)), cancellationToken);
        }

        var active = (await timeline.ActiveAmongAsync(candidates.Keys, cancellationToken)).ToHashSet();
        owners = candidates.Where(o => active.Contains(o.Key)).ToDictionary();
        if (published.SpaceId is { } spaceId && owners.Count > 0)
        {
            // A post in a space reaches only the followers who may read the space.
            var readers = await spaces.ReadersAsync(spaceId, owners.Keys.ToList(), cancellationToken);
            owners = owners.Where(o => readers.Contains(o.Key)).ToDictionary();
        }
    }

    protected override async Task HandleOnceAsync(PostPublished published, CancellationToken cancellationToken)
    {
        if (owners.Count > 0)
        {
            await timeline.AddAsync(sequence, authorId, owners, cancellationToken);
        }

        reached.AddRange(owners.Keys);
    }

    protected override async Task AfterCommitAsync(PostPublished published, CancellationToken cancellationToken)
    {
        // Before the hints: a reader told of the post finds it in the large audiences' lists of this node.
        shared.Forget(published);
        if (recordedLargeAudience)
        {
            timeline.ForgetLargeAudiences();
        }

        var hint = new { published.PostId, published.AuthorId };
        await live.ToPeopleAsync(reached, ActivityLive.FeedPosted, hint, cancellationToken);
        if (published.SpaceId is { } spaceId)
        {
            // Watchers of the company, the author or a topic may not read the space: only its watchers hear of it.
            var epoch = await ActivityLive.EpochAsync(Context, spaceId, cancellationToken);
            await live.ToWatchersAsync(ActivityLive.Space(spaceId, epoch), ActivityLive.FeedPosted, hint, cancellationToken);
        }
        else
        {
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

        // Last, and each in a short write of its own: the timelines reached are kept near their length.
        await timeline.TrimIfDueAsync(sequence, reached, cancellationToken);
    }

    /// <summary>
    /// Adds the audience's people, unless it is large: then it is recorded as such (if no node did yet)
    /// and merged when read. Large audiences this node knows of were left out before; an audience whose
    /// first page is its last is measured by that page, without a count.
    /// </summary>
    private async Task CollectAsync(Dictionary<Guid, TimelineReason> candidates, TimelineReason reason, Audience audience, CancellationToken cancellationToken)
    {
        var page = await audience.Page(null);
        var size = page.NextCursor is null ? page.Items.Count : await audience.Count();
        if (size > options.Value.LargeAudienceThreshold)
        {
            if (!await Context.LargeAudiences.AnyAsync(a => a.Kind == audience.Kind && a.Key == audience.Key, cancellationToken))
            {
                Context.LargeAudiences.Add(new LargeAudience { Kind = audience.Kind, Key = audience.Key });
                recordedLargeAudience = true;
            }

            return;
        }

        while (true)
        {
            foreach (var person in page.Items)
            {
                candidates.TryAdd(person, reason);
            }

            if (page.NextCursor is null)
            {
                return;
            }

            page = await audience.Page(page.NextCursor);
        }
    }

    private sealed record Audience(AudienceKind Kind, string Key, Func<string?, Task<SharedKernel.CursorPage<Guid>>> Page, Func<Task<int>> Count);
}
