using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// The home stream's next posts: the precomputed timeline, merged with the newest posts of the
/// large authors, topics and spaces the reader follows and of company-wide announcements. Those are
/// shared by all their readers and taken from the node's lists (<see cref="SharedStreams"/>); the
/// timeline, and any shared stream read further back than a node keeps, are read in one statement
/// (a <c>UNION ALL</c>), each by its own index, newest first and limited.
/// </summary>
internal static class HomeCandidates
{
    public static async Task<List<long>> ReadAsync(
        ActivityDbContext db, HomeTimeline timeline, SharedStreams shared, Guid me, long? before, int take, CancellationToken cancellationToken)
    {
        var below = before ?? long.MaxValue;
        var statement = db.Timeline.Where(e => e.OwnerId == me && e.PostSequence < below)
            .OrderByDescending(e => e.PostSequence).Take(take).Select(e => e.PostSequence);
        var kept = new List<long>();
        foreach (var source in await SharedSourcesAsync(timeline, shared, me, cancellationToken))
        {
            if (await shared.NewestAsync(source, below, take, cancellationToken) is { } newest)
            {
                kept.AddRange(newest);
            }
            else
            {
                statement = statement.Concat(source.Newest(below, take));
            }
        }

        var sequences = await statement.ToListAsync(cancellationToken);
        return sequences.Concat(kept).Distinct().OrderDescending().Take(take).ToList();
    }

    private static async Task<List<SharedSource>> SharedSourcesAsync(HomeTimeline timeline, SharedStreams shared, Guid me, CancellationToken cancellationToken)
    {
        var sources = new List<SharedSource> { shared.Announcements() };
        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        if (large.People.Count + large.Topics.Count + large.Spaces.Count == 0)
        {
            return sources;
        }

        var followed = await timeline.FollowedAsync(me, cancellationToken);
        foreach (var author in followed.People.Where(large.People.Contains))
        {
            sources.Add(shared.Author(author));
            sources.Add(shared.PraiseOf(author));
        }

        sources.AddRange(followed.Topics.Where(large.Topics.Contains).Select(shared.Topic));
        var spaces = large.Spaces.Count == 0 ? [] : (await timeline.MemberSpacesAsync(me, cancellationToken)).Where(large.Spaces.Contains);
        sources.AddRange(spaces.Select(shared.Space));
        return sources;
    }
}
