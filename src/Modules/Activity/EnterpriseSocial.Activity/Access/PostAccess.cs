using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Access;

/// <summary>
/// The one place that decides which posts a person may see. Every stream, page, conversation,
/// reaction, count and document starts from <see cref="Visible"/>, so that no read path can bypass
/// it. Today every post is company-wide and the activity endpoints admit company members only
/// (not guests); spaces narrow this to their members.
/// </summary>
internal sealed class PostAccess(ActivityDbContext db)
{
    public IQueryable<Post> Visible(Guid viewer)
    {
        _ = viewer;
        return db.Posts.AsNoTracking();
    }

    /// <summary>The post for a write by <paramref name="viewer"/>, tracked, or null when they may not see it.</summary>
    public Task<Post?> FindForWriteAsync(Guid viewer, Guid postId, CancellationToken cancellationToken)
    {
        _ = viewer;
        return db.Posts.Include(p => p.Topics).Include(p => p.Mentions).Include(p => p.PollOptions).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
    }
}
