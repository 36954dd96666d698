using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>
/// What the viewer did to the posts of a page — reacted, saved, voted, acknowledged — read in one
/// statement, as every page needs them and each would otherwise be a round trip of its own.
/// </summary>
internal sealed class ViewerMarks
{
    private enum Mark
    {
        Reaction,
        Saved,
        Vote,
        Acknowledged,
    }

    private sealed record Row(Guid PostId, Mark Mark, string Reaction, int Option);

    private static readonly CompiledPerModel<Func<ActivityDbContext, Guid, List<Guid>, IAsyncEnumerable<Row>>> Marks = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, Guid viewer, List<Guid> postIds) =>
            db.Reactions.Where(r => r.PersonId == viewer && r.CommentId == Guid.Empty && postIds.Contains(r.PostId))
                .Select(r => new { r.PostId, Mark = (int)Mark.Reaction, Reaction = r.Kind, Option = 0 })
            .Concat(db.SavedPosts.Where(s => s.PersonId == viewer && postIds.Contains(s.PostId))
                .Select(s => new { s.PostId, Mark = (int)Mark.Saved, Reaction = string.Empty, Option = 0 }))
            .Concat(db.PollVotes.Where(v => v.PersonId == viewer && postIds.Contains(v.PostId))
                .Select(v => new { v.PostId, Mark = (int)Mark.Vote, Reaction = string.Empty, Option = v.OptionIndex }))
            .Concat(db.Acknowledgements.Where(a => a.PersonId == viewer && postIds.Contains(a.PostId))
                .Select(a => new { a.PostId, Mark = (int)Mark.Acknowledged, Reaction = string.Empty, Option = 0 }))
            .AsNoTracking()
            .Select(row => new Row(row.PostId, (Mark)row.Mark, row.Reaction, row.Option))));

    private ViewerMarks(List<Row> rows)
    {
        Reactions = rows.Where(r => r.Mark == Mark.Reaction).ToDictionary(r => r.PostId, r => r.Reaction);
        Saved = rows.Where(r => r.Mark == Mark.Saved).Select(r => r.PostId).ToHashSet();
        Votes = rows.Where(r => r.Mark == Mark.Vote).ToLookup(r => r.PostId, r => r.Option);
        Acknowledged = rows.Where(r => r.Mark == Mark.Acknowledged).Select(r => r.PostId).ToHashSet();
    }

    public IReadOnlyDictionary<Guid, string> Reactions { get; }

    public IReadOnlySet<Guid> Saved { get; }

    public ILookup<Guid, int> Votes { get; }

    public IReadOnlySet<Guid> Acknowledged { get; }

    public static async Task<ViewerMarks> ReadAsync(ActivityDbContext db, Guid viewer, List<Guid> postIds, CancellationToken cancellationToken)
    {
        if (postIds.Count == 0)
        {
            return new ViewerMarks([]);
        }

        return new ViewerMarks(await Marks.For(db)(db, viewer, postIds).ToListAsync(cancellationToken));
    }
}
