using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// The home stream's next posts: the precomputed timeline, merged with the newest posts of the
/// large authors, topics and spaces the reader follows and of company-wide announcements. Those are
/// shared by all their readers and taken from the node's lists (<see cref="SharedStreams"/>); the
/// timeline is read by a compiled statement. A deep page, which needs shared streams further back than
/// a node keeps, reads them and the timeline in that one statement (a <c>UNION ALL</c>), each by its
/// own index, newest first and limited: it pays the database's round trip once, as the first pages do.
/// </summary>
internal static class HomeCandidates
{
    private static readonly CompiledPerModel<Func<ActivityDbContext, Guid, long, int, IAsyncEnumerable<long>>> Timeline = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, Guid me, long below, int take) => db.Timeline
            .Where(e => e.OwnerId == me && e.PostSequence < below)
            .OrderByDescending(e => e.PostSequence).Take(take).Select(e => e.PostSequence)));

    /// <summary>The compiled statement's question, for a deep page that asks it together with the shared streams.</summary>
    private static IQueryable<long> TimelineBelow(ActivityDbContext db, Guid me, long below, int take) => db.Timeline
        .Where(e => e.OwnerId == me && e.PostSequence < below)
        .OrderByDescending(e => e.PostSequence).Take(take).Select(e => e.PostSequence);

    public static async Task<List<long>> ReadAsync(
        ActivityDbContext db, HomeTimeline timeline, SharedStreams shared, Guid me, long? before, int take, CancellationToken cancellationToken)
    {
        var below = before ?? long.MaxValue;
        var sequences = new List<long>();
        IQueryable<long>? further = null;
        foreach (var source in await SharedSourcesAsync(timeline, shared, me, cancellationToken))
        {
            if (await shared.NewestAsync(source, below, take, cancellationToken) is { } newest)
            {
                sequences.AddRange(newest);
            }
            else
            {
                further = further is null ? source.Newest(below, take) : further.Concat(source.Newest(below, take));
            }
        }

        sequences.AddRange(further is null
            ? await Timeline.For(db)(db, me, below, take).ToListAsync(cancellationToken)
            : await TimelineBelow(db, me, below, take).Concat(further).ToListAsync(cancellationToken));
        return sequences.Distinct().OrderDescending().Take(take).ToList();
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
