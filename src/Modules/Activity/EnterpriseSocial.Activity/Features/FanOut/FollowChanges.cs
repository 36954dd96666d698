using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EnterpriseSocial.Activity.Features.FanOut;

/// <summary>
/// Following someone brings their recent posts into your home stream; unfollowing takes them out.
/// Events are not delivered in the order they were raised (ADR 0006), so each change is applied only
/// while it still holds: a follow undone since, or an unfollow undone since, changes nothing. A follow
/// undone while its backfill runs is checked again once the copies are committed: the unfollow's
/// removal may have run before they existed. A timeline that kept its copies is then trimmed to its length.
/// A check that failed is made again by the event's redelivery.
/// </summary>
internal sealed class BackfillOnPersonFollowed(ActivityDbContext context, TimeProvider clock, HomeTimeline timeline, IFollowGraph graph, IMemoryCache cache)
    : IdempotentConsumer<PersonFollowed, ActivityDbContext>(context, clock)
{
    public const int Backfill = 20;

    /// <summary>Known only by the delivery that handled the event; a redelivery checks again.</summary>
    private bool nothingCopied;

    protected override bool RepeatsAfterCommitOnRedelivery => true;

    protected override async Task HandleOnceAsync(PersonFollowed followed, CancellationToken cancellationToken)
    {
        cache.Remove(HomeTimeline.SourcesCacheKey(followed.FollowerId));
        // Nothing is copied for a follow undone since, for a large audience (its posts are merged when
        // read) or for someone away (their timeline is rebuilt when they return).
        if (!await graph.FollowsAsync(followed.FollowerId, followed.FolloweeId, cancellationToken)
            || (await timeline.LargeAudiencesAsync(cancellationToken)).People.Contains(followed.FolloweeId)
            || (await timeline.ActiveAmongAsync([followed.FollowerId], cancellationToken)).Count == 0)
        {
            nothingCopied = true;
            return;
        }

        var recent = await Context.Posts.AsNoTracking().Where(p => p.AuthorId == followed.FolloweeId && p.DeletedAt == null)
            .OrderByDescending(p => p.Sequence).Take(Backfill).Select(p => p.Sequence).ToListAsync(cancellationToken);
        var owner = new Dictionary<Guid, TimelineReason> { [followed.FollowerId] = TimelineReason.FollowedPerson };
        foreach (var sequence in recent)
        {
            await timeline.AddAsync(sequence, followed.FolloweeId, owner, cancellationToken);
        }

        nothingCopied = recent.Count == 0;
    }

    protected override async Task AfterCommitAsync(PersonFollowed followed, CancellationToken cancellationToken)
    {
        if (nothingCopied)
        {
            return;
        }

        if (await graph.FollowsAsync(followed.FollowerId, followed.FolloweeId, cancellationToken))
        {
            await timeline.TrimAsync(followed.FollowerId, cancellationToken);
        }
        else
        {
            await RemoveOnPersonUnfollowed.RemoveAsync(Context, followed.FollowerId, followed.FolloweeId, cancellationToken);
        }
    }
}

internal sealed class RemoveOnPersonUnfollowed(ActivityDbContext context, TimeProvider clock, IFollowGraph graph, IMemoryCache cache)
    : IdempotentConsumer<PersonUnfollowed, ActivityDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PersonUnfollowed unfollowed, CancellationToken cancellationToken)
    {
        cache.Remove(HomeTimeline.SourcesCacheKey(unfollowed.FollowerId));
        if (await graph.FollowsAsync(unfollowed.FollowerId, unfollowed.FolloweeId, cancellationToken))
        {
            return;
        }

        await RemoveAsync(Context, unfollowed.FollowerId, unfollowed.FolloweeId, cancellationToken);
    }

    public static Task RemoveAsync(ActivityDbContext context, Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        context.Timeline.Where(e => e.OwnerId == followerId && e.AuthorId == followeeId && e.Reason == TimelineReason.FollowedPerson)
            .ExecuteDeleteAsync(cancellationToken);
}

internal sealed class BackfillOnTopicFollowed(ActivityDbContext context, TimeProvider clock, HomeTimeline timeline, IFollowGraph graph, IMemoryCache cache)
    : IdempotentConsumer<TopicFollowed, ActivityDbContext>(context, clock)
{
    /// <summary>Known only by the delivery that handled the event; a redelivery checks again.</summary>
    private bool nothingCopied;

    protected override bool RepeatsAfterCommitOnRedelivery => true;

    protected override async Task HandleOnceAsync(TopicFollowed followed, CancellationToken cancellationToken)
    {
        cache.Remove(HomeTimeline.SourcesCacheKey(followed.FollowerId));
        if (!await graph.FollowsTopicAsync(followed.FollowerId, followed.Topic, cancellationToken)
            || (await timeline.LargeAudiencesAsync(cancellationToken)).Topics.Contains(followed.Topic)
            || (await timeline.ActiveAmongAsync([followed.FollowerId], cancellationToken)).Count == 0)
        {
            nothingCopied = true;
            return;
        }

        var recent = await Context.PostTopics.AsNoTracking().Where(t => t.Topic == followed.Topic)
            .Join(Context.Posts.Where(p => p.DeletedAt == null), t => t.PostSequence, p => p.Sequence, (t, p) => new { p.Sequence, p.AuthorId })
            .OrderByDescending(p => p.Sequence).Take(BackfillOnPersonFollowed.Backfill).ToListAsync(cancellationToken);
        var owner = new Dictionary<Guid, TimelineReason> { [followed.FollowerId] = TimelineReason.FollowedTopic };
        foreach (var post in recent)
        {
            await timeline.AddAsync(post.Sequence, post.AuthorId, owner, cancellationToken);
        }

        nothingCopied = recent.Count == 0;
    }

    protected override async Task AfterCommitAsync(TopicFollowed followed, CancellationToken cancellationToken)
    {
        if (nothingCopied)
        {
            return;
        }

        if (await graph.FollowsTopicAsync(followed.FollowerId, followed.Topic, cancellationToken))
        {
            await timeline.TrimAsync(followed.FollowerId, cancellationToken);
        }
        else
        {
            await RemoveOnTopicUnfollowed.RemoveAsync(Context, followed.FollowerId, followed.Topic, cancellationToken);
        }
    }
}

internal sealed class RemoveOnTopicUnfollowed(ActivityDbContext context, TimeProvider clock, IFollowGraph graph, IMemoryCache cache)
    : IdempotentConsumer<TopicUnfollowed, ActivityDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(TopicUnfollowed unfollowed, CancellationToken cancellationToken)
    {
        cache.Remove(HomeTimeline.SourcesCacheKey(unfollowed.FollowerId));
        if (await graph.FollowsTopicAsync(unfollowed.FollowerId, unfollowed.Topic, cancellationToken))
        {
            return;
        }

        await RemoveAsync(Context, unfollowed.FollowerId, unfollowed.Topic, cancellationToken);
    }

    public static Task RemoveAsync(ActivityDbContext context, Guid followerId, string topic, CancellationToken cancellationToken)
    {
        var tagged = context.PostTopics.Where(t => t.Topic == topic).Select(t => t.PostSequence);
        return context.Timeline.Where(e => e.OwnerId == followerId && e.Reason == TimelineReason.FollowedTopic && tagged.Contains(e.PostSequence))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
