using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Access;

/// <summary>
/// The one place that decides which posts a person may see and write on. Every stream, page,
/// conversation, reaction, count and document starts from <see cref="VisibleAsync"/>, so that no
/// read path can bypass it: company-wide posts, and posts in the spaces the person may read, asked
/// of the spaces module on every request so that a space made private is hidden at once. External
/// guests see their spaces' posts only: nothing company-wide.
/// </summary>
internal sealed class PostAccess(ActivityDbContext db, ISpaceAccess spaces, IAccountStatus accounts)
{
    private readonly Dictionary<Guid, IReadOnlySet<Guid>> readableSpaces = [];

    public async Task<IQueryable<Post>> VisibleAsync(Guid viewer, CancellationToken cancellationToken)
    {
        var readable = await ReadableSpacesAsync(viewer, cancellationToken);
        // Content hidden by moderators stays visible to its author, who is told why.
        var posts = db.Posts.AsNoTracking().Where(p => p.HiddenAt == null || p.AuthorId == viewer);
        var companyWide = !await IsGuestAsync(viewer, cancellationToken);
        if (readable.Count == 0)
        {
            return posts.Where(p => companyWide && p.SpaceId == null);
        }

        var ids = readable.ToList();
        return posts.Where(p => (companyWide && p.SpaceId == null) || ids.Contains(p.SpaceId!.Value));
    }

    /// <summary>
    /// The post for a write by <paramref name="viewer"/>, tracked, or null when they may not see it.
    /// In a space, writing (commenting, reacting, voting, editing) is for its members only, and a
    /// removed member loses it on their own posts too.
    /// </summary>
    public async Task<Post?> FindForWriteAsync(Guid viewer, Guid postId, CancellationToken cancellationToken)
    {
        var post = await db.Posts.Include(p => p.Topics).Include(p => p.Mentions).Include(p => p.PollOptions)
            .SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        return post is not null && await MayWriteAsync(viewer, post.SpaceId, cancellationToken) ? post : null;
    }

    /// <summary>Whether the person may write on a post in this space (or company-wide when null).</summary>
    public async Task<bool> MayWriteAsync(Guid viewer, Guid? spaceId, CancellationToken cancellationToken) =>
        spaceId is { } space ? await spaces.CanContributeAsync(viewer, space, cancellationToken) : !await IsGuestAsync(viewer, cancellationToken);

    public async Task<bool> IsGuestAsync(Guid viewer, CancellationToken cancellationToken) =>
        (await accounts.GuestsAmongAsync([viewer], cancellationToken)).Count > 0;

    // Asked once per request and person: several queries of one request agree on the same answer.
    private async Task<IReadOnlySet<Guid>> ReadableSpacesAsync(Guid viewer, CancellationToken cancellationToken)
    {
        if (!readableSpaces.TryGetValue(viewer, out var readable))
        {
            readable = await spaces.ReadableSpacesAsync(viewer, cancellationToken);
            readableSpaces[viewer] = readable;
        }

        return readable;
    }
}
