using System.Linq.Expressions;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Search;

/// <summary>A post found by a search, as the streams show it, with the words that matched.</summary>
internal sealed record SearchResult(PostView Post, MatchedText Match);

/// <summary>
/// Full-text search of posts and their comments (ADR 0021): every searched word must appear, accents and
/// case aside, in the post or in one of its comments. Results are posts, newest first, paged by their
/// sequence like the streams, and start from <see cref="PostAccess.VisibleAsync"/> like every stream.
/// </summary>
internal static class SearchPostsEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/search", HandleAsync)
            .WithSummary("Posts whose text or comments contain every word of q, accent- and case-insensitively, newest first; only a space's when space is given.");

    private static async Task<Results<Ok<CursorPage<SearchResult>>, ValidationProblem>> HandleAsync(
        HttpContext context, ActivityDbContext db, PostAccess access, PostViews views, string? q = null, Guid? space = null, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var (terms, before, pageSize) = SearchFilters.ReadQuery(q, cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var cancellationToken = context.RequestAborted;
        var comments = ReadableComments(db, me).Where(SearchFilters.ContainsEvery<Comment>(c => c.SearchText, terms));
        var visible = await SearchFilters.SearchableAsync(db, access, me, space, cancellationToken);
        var found = await SearchFilters.NewestAsync(
            db, visible.Where(InPostOrConversation(terms, comments)), before, pageSize + 1, p => p.Sequence, cancellationToken, Indexed(db, terms, comments));

        var page = found.Take(pageSize).ToList();
        var posts = await views.LoadAsync(me, page, cancellationToken);
        var built = await views.BuildAsync(me, posts, cancellationToken);
        var matches = await MatchesAsync(comments, posts, terms, cancellationToken);
        return TypedResults.Ok(new CursorPage<SearchResult>(
            built.Select(post => new SearchResult(post, matches[post.Id])).ToList(),
            found.Count > pageSize ? SequenceCursor.Encode(page[^1]) : null));
    }

    /// <summary>
    /// A window's posts are those an index finds, or whose readable comments an index finds: SQLite's <see cref="SearchWords"/>,
    /// PostgreSQL's trigram indexes of the folded text. On SQL Server, or for words all under three characters, which no
    /// trigram holds, every post of the window is read.
    /// </summary>
    private static Func<IQueryable<Post>, long, long, int, IQueryable<Post>>? Indexed(ActivityDbContext db, IReadOnlyList<string> terms, IQueryable<Comment> matchingComments)
    {
        if (SearchWords.Query(terms) is not { } query)
        {
            return null;
        }

        if (db.Database.IsNpgsql())
        {
            return Trigrams(terms, matchingComments);
        }

        return db.Database.IsSqlite() ? SqliteWords(db, query, matchingComments) : null;
    }

    private static Func<IQueryable<Post>, long, long, int, IQueryable<Post>> SqliteWords(ActivityDbContext db, string query, IQueryable<Comment> matchingComments)
    {
        var commented = SearchWords.Candidates(db, SearchWords.Comments, query, 0, long.MaxValue);
        var commentedPosts = matchingComments.Where(c => commented.Contains(c.Sequence)).Select(c => c.PostId);
        return (posts, lower, upper, _) =>
        {
            var inPosts = SearchWords.Candidates(db, SearchWords.Posts, query, lower, upper);
            var inConversations = db.Posts.Where(p => commentedPosts.Contains(p.Id) && p.Sequence >= lower && p.Sequence < upper).Select(p => p.Sequence);
            var candidates = inPosts.Concat(inConversations);
            return posts.Where(p => candidates.Contains(p.Sequence));
        };
    }

    /// <summary>
    /// PostgreSQL is asked for a window's newest posts that hold every word, and apart for its newest posts with such a
    /// comment: each question alone lets it choose between reading the window newest first, which stops early for a
    /// common word, and the trigram index of the folded text (migration <c>SearchTrigramIndexes</c>), which finds a rare one
    /// at once. Asked as one condition, a post's words or its conversation's, it reads the whole window.
    /// </summary>
    private static Func<IQueryable<Post>, long, long, int, IQueryable<Post>> Trigrams(IReadOnlyList<string> terms, IQueryable<Comment> matchingComments)
    {
        var inBody = SearchFilters.ContainsEvery<Post>(p => p.SearchText, terms);
        var commentedPosts = matchingComments.Select(c => c.PostId);
        return (window, _, _, take) =>
        {
            var inPosts = window.Where(inBody).OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence);
            var inConversations = window.Where(p => commentedPosts.Contains(p.Id)).OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence);
            var candidates = inPosts.Concat(inConversations);
            return window.Where(p => candidates.Contains(p.Sequence));
        };
    }

    /// <summary>Comments readers see in a conversation: not deleted, and hidden ones only by their authors.</summary>
    private static IQueryable<Comment> ReadableComments(ActivityDbContext db, Guid me) =>
        db.Comments.AsNoTracking().Where(c => c.DeletedAt == null && (c.HiddenAt == null || c.AuthorId == me));

    /// <summary>The post's own words when they match, else its newest matching comment's.</summary>
    private static async Task<Dictionary<Guid, MatchedText>> MatchesAsync(
        IQueryable<Comment> matchingComments, List<Post> posts, IReadOnlyList<string> terms, CancellationToken cancellationToken)
    {
        var matches = new Dictionary<Guid, MatchedText>();
        foreach (var post in posts)
        {
            if (MatchedText.Find(post.BodyHtml, terms) is { } match)
            {
                matches[post.Id] = match;
            }
        }

        var inComments = posts.Where(p => !matches.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        if (inComments.Count > 0)
        {
            var newest = (await matchingComments.Where(c => inComments.Contains(c.PostId))
                    .GroupBy(c => c.PostId).Select(g => g.Max(c => c.Sequence)).ToListAsync(cancellationToken));
            var bodies = await matchingComments.Where(c => newest.Contains(c.Sequence))
                .Select(c => new { c.Id, c.PostId, c.BodyHtml }).ToListAsync(cancellationToken);
            foreach (var comment in bodies)
            {
                matches[comment.PostId] = MatchedText.Find(comment.BodyHtml, terms, comment.Id) ?? Unshown(comment.Id);
            }
        }

        // The database and the folding here agree on nearly every text; where they do not, the result still says where it was found.
        foreach (var post in posts.Where(p => !matches.ContainsKey(p.Id)))
        {
            matches[post.Id] = new MatchedText("post", null, PostGlimpses.Excerpt(post.BodyHtml), []);
        }

        return matches;
    }

    private static MatchedText Unshown(Guid commentId) => new("comment", commentId, string.Empty, []);

    /// <summary>The post's own text holds every term, or one of its readable comments does.</summary>
    private static Expression<Func<Post, bool>> InPostOrConversation(IReadOnlyList<string> terms, IQueryable<Comment> matchingComments)
    {
        var inBody = SearchFilters.ContainsEvery<Post>(p => p.SearchText, terms);
        Expression<Func<Post, bool>> inConversation = p => matchingComments.Any(c => c.PostId == p.Id);
        var post = inBody.Parameters[0];
        return Expression.Lambda<Func<Post, bool>>(
            Expression.OrElse(inBody.Body, new Rebind(inConversation.Parameters[0], post).Visit(inConversation.Body)), post);
    }

    /// <summary>Lets two lambdas about the same post share one parameter, so that they combine into one filter.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
