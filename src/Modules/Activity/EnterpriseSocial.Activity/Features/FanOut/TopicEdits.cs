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
/// their copy, and a hashtag taken away leaves the copies it brought.
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
            .Select(p => (long?)p.Sequence).SingleOrDefaultAsync(cancellationToken);
        if (post is not { } found)
        {
            return;
        }

        sequence = found;
        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        var followers = new HashSet<Guid>();
        foreach (var topic in added.Topics.Where(t => !large.Topics.Contains(t)))
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
