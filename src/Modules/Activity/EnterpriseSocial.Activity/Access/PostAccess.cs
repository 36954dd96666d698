using System.Linq.Expressions;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Access;

/// <summary>
/// The one place that decides which posts a person may see and write on. Every stream, page,
/// conversation, reaction, count and document starts from <see cref="VisibleAsync"/> (a stream's
/// page from <see cref="BySequenceAsync"/>, the same rule compiled), so that no read path can bypass
/// it: company-wide posts, and posts in the spaces the person may read, asked of the spaces module
/// on every request, which answers a change made on this node at once (ADR 0035). External guests
/// see their spaces' posts only: nothing company-wide.
/// </summary>
internal sealed class PostAccess(ActivityDbContext db, ISpaceAccess spaces, IAccountStatus accounts)
{
    /// <summary>
    /// The rule, given what is known of the viewer. Content hidden by moderators stays visible to its
    /// author, who is told why.
    /// </summary>
    private static readonly Expression<Func<Post, Guid, bool, List<Guid>, bool>> MaySee = (post, viewer, companyWide, spaces) =>
        (post.HiddenAt == null || post.AuthorId == viewer) && ((companyWide && post.SpaceId == null) || spaces.Contains(post.SpaceId!.Value));

    /// <summary>The posts of a page by sequence, through the same rule, translated once (every stream page reads them).</summary>
    private static readonly CompiledPerModel<Func<ActivityDbContext, Guid, bool, List<Guid>, List<long>, IAsyncEnumerable<Post>>> BySequence = new(() =>
    {
        Expression<Func<ActivityDbContext, Guid, bool, List<Guid>, List<long>, IQueryable<Post>>> wanted =
            (db, viewer, companyWide, spaces, sequences) => db.Posts.AsNoTracking().Where(p => sequences.Contains(p.Sequence));
        var visible = Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [typeof(Post)], wanted.Body, Expression.Quote(Rule(wanted.Parameters[1], wanted.Parameters[2], wanted.Parameters[3])));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<ActivityDbContext, Guid, bool, List<Guid>, List<long>, IQueryable<Post>>>(visible, wanted.Parameters));
    });

    // Asked once per request and person: several queries of one request agree on the same answer.
    private readonly Dictionary<Guid, Viewer> known = [];

    public async Task<IQueryable<Post>> VisibleAsync(Guid viewer, CancellationToken cancellationToken)
    {
        // Read as a closure's fields are: EF Core sends them as parameters, so every viewer shares one translation.
        var known = Expression.Constant(await KnownAsync(viewer, cancellationToken));
        return db.Posts.AsNoTracking().Where(Rule(
            Expression.Property(known, nameof(Viewer.Id)), Expression.Property(known, nameof(Viewer.CompanyWide)), Expression.Property(known, nameof(Viewer.Spaces))));
    }

    /// <summary>The posts with these sequences that the viewer may see.</summary>
    public async Task<List<Post>> BySequenceAsync(Guid viewer, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        var known = await KnownAsync(viewer, cancellationToken);
        return await BySequence.For(db)(db, known.Id, known.CompanyWide, known.Spaces, sequences.ToList()).ToListAsync(cancellationToken);
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

    private static Expression<Func<Post, bool>> Rule(Expression viewer, Expression companyWide, Expression spaces) =>
        Expression.Lambda<Func<Post, bool>>(new Substitution(MaySee.Parameters.Skip(1), [viewer, companyWide, spaces]).Visit(MaySee.Body), MaySee.Parameters[0]);

    private async Task<Viewer> KnownAsync(Guid viewer, CancellationToken cancellationToken)
    {
        if (!known.TryGetValue(viewer, out var answers))
        {
            answers = new Viewer(viewer, !await IsGuestAsync(viewer, cancellationToken), [.. await spaces.ReadableSpacesAsync(viewer, cancellationToken)]);
            known[viewer] = answers;
        }

        return answers;
    }

    private sealed record Viewer(Guid Id, bool CompanyWide, List<Guid> Spaces);

    private sealed class Substitution(IEnumerable<ParameterExpression> parameters, Expression[] values) : ExpressionVisitor
    {
        private readonly Dictionary<ParameterExpression, Expression> byParameter = parameters.Zip(values).ToDictionary(p => p.First, p => p.Second);

        protected override Expression VisitParameter(ParameterExpression node) => byParameter.GetValueOrDefault(node, node);
    }
}
