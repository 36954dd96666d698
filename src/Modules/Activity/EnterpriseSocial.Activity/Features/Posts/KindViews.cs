using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record PollOptionView(string Text, int? Votes);

/// <summary>Results show once you voted, once the poll closed, or to its author.</summary>
internal sealed record PollView(bool MultipleChoice, DateTimeOffset? ClosesAt, bool Closed, IReadOnlyList<int> MyChoices, int? Voters, IReadOnlyList<PollOptionView> Options);

/// <summary>The read rate is for the author's eyes only; its audience is everyone the announcement asks to read it, the author left out.</summary>
internal sealed record AnnouncementView(bool MustRead, bool AcknowledgedByMe, int? Acknowledged, int? Audience);

/// <summary>
/// What polls and announcements on a page show the viewer, in a fixed number of queries, and one more per space
/// of the viewer's own announcements on the page, for its read rate.
/// </summary>
internal sealed class KindViews(ActivityDbContext db, IPeopleRoster roster, ISpaceRoster spaces, TimeProvider clock)
{
    public sealed record Loaded(
        ILookup<Guid, int> MyVotes, Dictionary<Guid, int> Voters, IReadOnlySet<Guid> Acknowledged, Dictionary<Guid, int> AcknowledgedCounts,
        Dictionary<Guid, int> Audiences);

    public async Task<Loaded> LoadAsync(Guid viewer, IReadOnlyList<Post> posts, ViewerMarks marks, CancellationToken cancellationToken)
    {
        var polls = posts.Where(p => p.Kind == PostKind.Poll).Select(p => p.Id).ToList();
        var mine = posts.Where(p => p.Kind == PostKind.Announcement && p.AuthorId == viewer).ToList();
        var mineIds = mine.Select(p => p.Id).ToList();
        var voters = polls.Count == 0 ? [] : await db.PollVotes.AsNoTracking().Where(v => polls.Contains(v.PostId))
            .GroupBy(v => v.PostId).Select(g => new { g.Key, Count = g.Select(v => v.PersonId).Distinct().Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        // An author's own acknowledgement, given before authors were refused one, is not a reader's.
        var counts = mine.Count == 0 ? [] : await db.Acknowledgements.AsNoTracking().Where(a => mineIds.Contains(a.PostId) && a.PersonId != viewer)
            .GroupBy(a => a.PostId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return new Loaded(marks.Votes, voters, marks.Acknowledged, counts, await AudiencesAsync(mine, cancellationToken));
    }

    /// <summary>A space's announcement asks its members to read it, a company-wide one everyone in the company; never its author.</summary>
    private async Task<Dictionary<Guid, int>> AudiencesAsync(List<Post> announcements, CancellationToken cancellationToken)
    {
        var everyone = new Dictionary<Guid, int>();
        var company = announcements.Any(a => a.SpaceId is null) ? await roster.CountAsync(cancellationToken) : 0;
        foreach (var space in announcements.Select(a => a.SpaceId).OfType<Guid>().Distinct())
        {
            everyone[space] = await spaces.MemberCountAsync(space, cancellationToken);
        }

        return announcements.ToDictionary(a => a.Id, a => Math.Max(0, (a.SpaceId is { } space ? everyone[space] : company) - 1));
    }

    public PollView? Poll(Post post, Guid viewer, Loaded loaded)
    {
        if (post.Kind != PostKind.Poll || post.IsDeleted)
        {
            return null;
        }

        var choices = loaded.MyVotes[post.Id].Order().ToList();
        var closed = post.PollClosed(clock.GetUtcNow());
        var shown = choices.Count > 0 || closed || post.AuthorId == viewer;
        return new PollView(
            post.PollMultipleChoice, post.PollClosesAt, closed, choices, shown ? loaded.Voters.GetValueOrDefault(post.Id) : null,
            post.PollOptions.OrderBy(o => o.Index).Select(o => new PollOptionView(o.Text, shown ? o.VoteCount : null)).ToList());
    }

    public static AnnouncementView? Announcement(Post post, Guid viewer, Loaded loaded) =>
        post.Kind != PostKind.Announcement || post.IsDeleted ? null : new AnnouncementView(
            post.MustRead,
            loaded.Acknowledged.Contains(post.Id),
            post.AuthorId == viewer ? loaded.AcknowledgedCounts.GetValueOrDefault(post.Id) : null,
            post.AuthorId == viewer ? loaded.Audiences.GetValueOrDefault(post.Id) : null);
}
