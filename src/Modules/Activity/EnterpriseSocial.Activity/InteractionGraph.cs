using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity;

/// <summary>Conversations as a graph: recent comments by a person and on their posts, by the comment sequence.</summary>
internal sealed class InteractionGraph(ActivityDbContext db) : IInteractionGraph
{
    private const int RecentComments = 500;

    public async Task<IReadOnlyList<Guid>> RecentContactsAsync(Guid personId, int limit, CancellationToken cancellationToken)
    {
        var postAuthorsICommented = await db.Comments.AsNoTracking().Where(c => c.AuthorId == personId)
            .OrderByDescending(c => c.Sequence).Take(RecentComments)
            .Join(db.Posts, c => c.PostId, p => p.Id, (c, p) => p.AuthorId).ToListAsync(cancellationToken);
        var commentersOnMyPosts = await db.Posts.AsNoTracking().Where(p => p.AuthorId == personId)
            .Join(db.Comments, p => p.Id, c => c.PostId, (p, c) => new { c.Sequence, c.AuthorId })
            .OrderByDescending(c => c.Sequence).Take(RecentComments).Select(c => c.AuthorId).ToListAsync(cancellationToken);
        return postAuthorsICommented.Concat(commentersOnMyPosts).Where(id => id != personId)
            .GroupBy(id => id).OrderByDescending(g => g.Count()).Take(limit).Select(g => g.Key).ToList();
    }
}
