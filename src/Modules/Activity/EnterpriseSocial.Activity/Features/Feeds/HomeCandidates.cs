using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// The home stream's next posts: the precomputed timeline, merged with the newest posts of the
/// large authors, topics and spaces the reader follows. Each source is read by its own index, newest
/// first and limited, and all of them in one statement (a <c>UNION ALL</c>), not one round trip each.
/// </summary>
internal static class HomeCandidates
{
    public static async Task<List<long>> ReadAsync(
        ActivityDbContext db, HomeTimeline timeline, Guid me, long? before, int take, CancellationToken cancellationToken)
    {
        var below = before ?? long.MaxValue;
        var sources = new List<IQueryable<long>>
        {
            db.Timeline.Where(e => e.OwnerId == me && e.PostSequence < below)
                .OrderByDescending(e => e.PostSequence).Take(take).Select(e => e.PostSequence),
            // Company-wide announcements reach everyone: merged when read, never fanned out.
            Newest(db.Posts.Where(p => p.Kind == PostKind.Announcement && p.SpaceId == null), below, take),
        };

        var large = await timeline.LargeAudiencesAsync(cancellationToken);
        if (large.People.Count + large.Topics.Count + large.Spaces.Count > 0)
        {
            var followed = await timeline.FollowedAsync(me, cancellationToken);
            foreach (var author in followed.People.Where(large.People.Contains))
            {
                sources.Add(Newest(db.Posts.Where(p => p.AuthorId == author), below, take));
                // Praise of a widely followed person reaches their followers too.
                sources.Add(db.PostMentions.Where(m => m.PersonId == author && m.PostSequence < below)
                    .Join(db.Posts.Where(p => p.Kind == PostKind.Praise && p.DeletedAt == null), m => m.PostSequence, p => p.Sequence, (m, p) => p.Sequence)
                    .OrderByDescending(sequence => sequence).Take(take));
            }

            foreach (var topic in followed.Topics.Where(large.Topics.Contains))
            {
                sources.Add(db.PostTopics.Where(t => t.Topic == topic && t.PostSequence < below)
                    .OrderByDescending(t => t.PostSequence).Take(take).Select(t => t.PostSequence));
            }

            var spaces = large.Spaces.Count == 0 ? [] : (await timeline.MemberSpacesAsync(me, cancellationToken)).Where(large.Spaces.Contains);
            foreach (var space in spaces)
            {
                sources.Add(Newest(db.Posts.Where(p => p.SpaceId == space), below, take));
            }
        }

        var sequences = await sources.Aggregate((all, source) => all.Concat(source)).ToListAsync(cancellationToken);
        return sequences.Distinct().OrderDescending().Take(take).ToList();
    }

    private static IQueryable<long> Newest(IQueryable<Post> posts, long below, int take) =>
        posts.Where(p => p.DeletedAt == null && p.Sequence < below).OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence);
}
