using System.Net;
using System.Text.RegularExpressions;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Access;

/// <summary>Posts as other modules may point at them, through the same rule as every stream (<see cref="PostAccess"/>).</summary>
internal sealed partial class PostGlimpses(ActivityDbContext db, PostAccess access, ISpaceAccess spaces, IAccountStatus accounts) : IPostGlimpses
{
    public const int ExcerptLength = 120;

    public async Task<IReadOnlyDictionary<Guid, PostGlimpse>> VisibleToAsync(
        Guid personId, IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken)
    {
        if (postIds.Count == 0)
        {
            return new Dictionary<Guid, PostGlimpse>();
        }

        var ids = postIds.Distinct().ToList();
        var visible = await access.VisibleAsync(personId, cancellationToken);
        var posts = await visible.Where(p => ids.Contains(p.Id) && p.DeletedAt == null)
            .Select(p => new { p.Id, p.AuthorId, p.SpaceId, p.BodyHtml }).ToListAsync(cancellationToken);
        return posts.ToDictionary(p => p.Id, p => new PostGlimpse(p.Id, p.AuthorId, p.SpaceId, Excerpt(p.BodyHtml)));
    }

    public async Task<IReadOnlySet<Guid>> ReadersAsync(Guid postId, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Where(p => p.Id == postId && p.DeletedAt == null)
            .Select(p => new { p.AuthorId, p.SpaceId, Hidden = p.HiddenAt != null }).SingleOrDefaultAsync(cancellationToken);
        if (post is null || people.Count == 0)
        {
            return new HashSet<Guid>();
        }

        if (post.Hidden)
        {
            return people.Contains(post.AuthorId) ? new HashSet<Guid> { post.AuthorId } : new HashSet<Guid>();
        }

        return post.SpaceId is { } space
            ? await spaces.ReadersAsync(space, people, cancellationToken)
            : people.Except(await accounts.GuestsAmongAsync(people, cancellationToken)).ToHashSet();
    }

    /// <summary>The post's text without markup, shortened on a word; shown as text, never as HTML.</summary>
    internal static string Excerpt(string html)
    {
        // A tag within a line ("<strong>Bob</strong>,") leaves no space where a block's does.
        var text = WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(html, tag => InlineTag().IsMatch(tag.Value) ? string.Empty : " "), " ")).Trim();
        if (text.Length <= ExcerptLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', ExcerptLength);
        return string.Concat(text.AsSpan(0, cut > ExcerptLength / 2 ? cut : ExcerptLength), "…");
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^</?(a|strong|em|code|del|span)\b")]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
