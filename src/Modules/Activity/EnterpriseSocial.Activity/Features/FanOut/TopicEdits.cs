using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.FanOut;

/// <summary>
/// A hashtag added by an edit brings the post into the home streams of the topic's active followers,
/// as if the post had carried it when published (ADR 0012); a topic merged when read (a large
/// audience) only needs this node's list of it read again. Timelines that already have the post keep
/// their copy. Edits' events are not delivered in order (ADR 0006): a hashtag another edit took away
/// since brings nothing.
/// </summary>
internal sealed class FanOutOnTopicsAdded(
    ActivityDbContext context, TimeProvider clock, IFollowGraph graph, HomeTimeline timeline, ISpaceAccess spaces, SharedStreams shared)
    : IdempotentConsumer<TopicsAdded, ActivityDbContext>(context, clock)
{
    private const int FollowerPage = 500;

    private Dictionary<Guid, TimelineReason> owners = [];

    private long sequence;

    /// <summary>Who the tag brings the post to is read before the transaction, as for a new post.</summary>
    protected override async Task PrepareAsync(TopicsAdded added, CancellationToken cancellationToken)
    {
        var post = await Context.Posts.AsNoTracking().Where(p => p.Id == added.PostId && p.DeletedAt == null)
            .Select(p => new { p.Sequence, Topics = p.Topics.Select(t => t.Topic).ToList() }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return;
        }

        sequence = post.Sequence;
        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        var followers = new HashSet<Guid>();
        foreach (var topic in added.Topics.Where(t => post.Topics.Contains(t) && !large.Topics.Contains(t)))
        {
            string? cursor = null;
            do
            {
                var page = await graph.TopicFollowersAsync(topic, cursor, FollowerPage, cancellationToken);
                followers.UnionWith(page.Items);
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        IReadOnlyCollection<Guid> reached = await timeline.ActiveAmongAsync(followers, cancellationToken);
        if (added.SpaceId is { } spaceId && reached.Count > 0)
        {
            reached = await spaces.ReadersAsync(spaceId, reached, cancellationToken);
        }

        owners = reached.ToDictionary(person => person, _ => TimelineReason.FollowedTopic);
    }

    protected override async Task HandleOnceAsync(TopicsAdded added, CancellationToken cancellationToken)
    {
        if (owners.Count > 0)
        {
            await timeline.AddAsync(sequence, added.AuthorId, owners, cancellationToken);
        }
    }

    protected override Task AfterCommitAsync(TopicsAdded added, CancellationToken cancellationToken)
    {
        shared.ForgetTopics(added.Topics);
        return Task.CompletedTask;
    }
}

/// <summary>
/// A hashtag taken away by an edit takes the post out of the home streams it brought it to, unless
/// their owner still has a reason to find it there: they follow its author (or someone a praise
/// names) or another of its hashtags, or belong to its space. Only copies the hashtags brought are
/// looked at; a follow or a membership merged when read (a large audience) brings the post back when
/// read.
/// </summary>
internal sealed class TakeBackOnTopicsRemoved(
    ActivityDbContext context, TimeProvider clock, IFollowGraph graph, ISpaceRoster roster, SharedStreams shared)
    : IdempotentConsumer<TopicsRemoved, ActivityDbContext>(context, clock)
{
    private readonly List<Guid> bereft = [];

    private long sequence;

    /// <summary>
    /// Whose copies go is read before the transaction, from the graph rather than this node's cache of
    /// it (a follow made on another node counts): only the removal holds the write turn.
    /// </summary>
    protected override async Task PrepareAsync(TopicsRemoved removed, CancellationToken cancellationToken)
    {
        var post = await Context.Posts.AsNoTracking().Where(p => p.Id == removed.PostId)
            .Select(p => new { p.Sequence, p.Kind, p.AuthorId, p.SpaceId, Topics = p.Topics.Select(t => t.Topic).ToList(), Named = p.Mentions.Select(m => m.PersonId).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (post is null)
        {
            return;
        }

        // A praise reaches the followers of the people it names as well as its author's (FanOutPost).
        List<Guid> people = post.Kind == PostKind.Praise ? [post.AuthorId, .. post.Named] : [post.AuthorId];

        sequence = post.Sequence;
        var owners = await Context.Timeline.AsNoTracking().Where(e => e.PostSequence == post.Sequence && e.Reason == TimelineReason.FollowedTopic)
            .Select(e => e.OwnerId).ToListAsync(cancellationToken);
        foreach (var owner in owners)
        {
            if (!await StillReachedAsync(owner, people, post.Topics, post.SpaceId, cancellationToken))
            {
                bereft.Add(owner);
            }
        }
    }

    protected override async Task HandleOnceAsync(TopicsRemoved removed, CancellationToken cancellationToken)
    {
        if (bereft.Count > 0)
        {
            await Context.Timeline.Where(e => e.PostSequence == sequence && e.Reason == TimelineReason.FollowedTopic && bereft.Contains(e.OwnerId))
                .ExecuteDeleteAsync(cancellationToken);
        }
    }

    protected override Task AfterCommitAsync(TopicsRemoved removed, CancellationToken cancellationToken)
    {
        shared.ForgetTopics(removed.Topics);
        return Task.CompletedTask;
    }

    private async Task<bool> StillReachedAsync(Guid owner, List<Guid> people, List<string> topics, Guid? spaceId, CancellationToken cancellationToken)
    {
        foreach (var person in people)
        {
            if (await graph.FollowsAsync(owner, person, cancellationToken))
            {
                return true;
            }
        }

        foreach (var topic in topics)
        {
            if (await graph.FollowsTopicAsync(owner, topic, cancellationToken))
            {
                return true;
            }
        }

        return spaceId is { } space && (await roster.SpacesOfAsync(owner, cancellationToken)).Contains(space);
    }
}
