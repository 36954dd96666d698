using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// The home stream's next posts: the precomputed timeline, merged with the newest posts of the
/// large authors, topics and spaces the reader follows, each source read by its own index.
/// </summary>
internal static class HomeCandidates
{
    public static async Task<List<long>> ReadAsync(
        ActivityDbContext db, HomeTimeline timeline, Guid me, long? before, int take, CancellationToken cancellationToken)
    {
        var sequences = await db.Timeline.AsNoTracking().Where(e => e.OwnerId == me && (before == null || e.PostSequence < before))
            .OrderByDescending(e => e.PostSequence).Take(take).Select(e => e.PostSequence).ToListAsync(cancellationToken);

        // Company-wide announcements reach everyone: merged when read, never fanned out.
        sequences.AddRange(await db.Posts.AsNoTracking()
            .Where(p => p.Kind == PostKind.Announcement && p.SpaceId == null && p.DeletedAt == null && (before == null || p.Sequence < before))
            .OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence).ToListAsync(cancellationToken));

        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        if (large.People.Count + large.Topics.Count + large.Spaces.Count == 0)
        {
            return sequences.Distinct().OrderDescending().Take(take).ToList();
        }

        var followed = await timeline.FollowedAsync(me, cancellationToken);
        var people = followed.People.Where(large.People.Contains).ToList();
        var topics = followed.Topics.Where(large.Topics.Contains).ToList();
        // One indexed read per large source: a single IN over several of them would sort all their posts.
        foreach (var author in people)
        {
            sequences.AddRange(await db.Posts.AsNoTracking()
                .Where(p => p.AuthorId == author && p.DeletedAt == null && (before == null || p.Sequence < before))
                .OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence).ToListAsync(cancellationToken));
            // Praise of a widely followed person reaches their followers too.
            sequences.AddRange(await db.PostMentions.AsNoTracking()
                .Where(m => m.PersonId == author && (before == null || m.PostSequence < before))
                .Join(db.Posts.Where(p => p.Kind == PostKind.Praise && p.DeletedAt == null), m => m.PostSequence, p => p.Sequence, (m, p) => p.Sequence)
                .OrderByDescending(sequence => sequence).Take(take).ToListAsync(cancellationToken));
        }

        foreach (var topic in topics)
        {
            sequences.AddRange(await db.PostTopics.AsNoTracking()
                .Where(t => t.Topic == topic && (before == null || t.PostSequence < before))
                .OrderByDescending(t => t.PostSequence).Take(take).Select(t => t.PostSequence).ToListAsync(cancellationToken));
        }

        var spaces = large.Spaces.Count == 0 ? [] : (await timeline.MemberSpacesAsync(me, cancellationToken)).Where(large.Spaces.Contains).ToList();
        foreach (var space in spaces)
        {
            sequences.AddRange(await db.Posts.AsNoTracking()
                .Where(p => p.SpaceId == space && p.DeletedAt == null && (before == null || p.Sequence < before))
                .OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence).ToListAsync(cancellationToken));
        }

        return sequences.Distinct().OrderDescending().Take(take).ToList();
    }
}
