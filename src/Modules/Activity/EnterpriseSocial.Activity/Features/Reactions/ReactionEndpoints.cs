using System.Globalization;
using System.Linq.Expressions;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Live;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace EnterpriseSocial.Activity.Features.Reactions;

internal sealed record ReactRequest(string? Kind);

/// <summary>Someone who reacted to a post or a comment, and how.</summary>
internal sealed record ReactorView(PersonView Person, string Kind, DateTimeOffset ReactedAt);

/// <summary>One reaction per person per post or comment; reacting again changes it, deleting takes it back.</summary>
internal static class ReactionEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/posts/{id:guid}/reaction", (Guid id, ReactRequest request, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock, ILiveUpdates live) =>
            ReactAsync(id, null, request, context, db, access, clock, live)).WithSummary("Reacts to a post: like, celebrate, insightful, support or curious.");
        group.MapDelete("/posts/{id:guid}/reaction", (Guid id, HttpContext context, ActivityDbContext db, PostAccess access, ILiveUpdates live) =>
            RemoveAsync(id, null, context, db, access, live)).WithSummary("Takes back your reaction to a post.");
        group.MapPut("/comments/{id:guid}/reaction", (Guid id, ReactRequest request, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock, ILiveUpdates live) =>
            ReactAsync(null, id, request, context, db, access, clock, live)).WithSummary("Reacts to a comment.");
        group.MapDelete("/comments/{id:guid}/reaction", (Guid id, HttpContext context, ActivityDbContext db, PostAccess access, ILiveUpdates live) =>
            RemoveAsync(null, id, context, db, access, live)).WithSummary("Takes back your reaction to a comment.");
        group.MapGet("/posts/{id:guid}/reactions", (Guid id, HttpContext context, ActivityDbContext db, PostAccess access, IProfileDirectory directory, string? cursor, int? limit) =>
            ListAsync(id, null, context, db, access, directory, cursor, limit)).WithSummary("Who reacted to a post and how, the latest first.");
        group.MapGet("/comments/{id:guid}/reactions", (Guid id, HttpContext context, ActivityDbContext db, PostAccess access, IProfileDirectory directory, string? cursor, int? limit) =>
            ListAsync(null, id, context, db, access, directory, cursor, limit)).WithSummary("Who reacted to a comment and how, the latest first.");
    }

    private sealed record Target(Guid PostId, Guid CommentId, Guid AuthorId, Guid? SpaceId);

    public static ValidationProblem UnknownKind() => TypedResults.ValidationProblem(new ValidationErrors()
        .Add("kind", Bilingual.Text($"One of {string.Join(", ", ReactionKinds.All)}.", $"Valeurs possibles : {string.Join(", ", ReactionKinds.All)}.")).ToDictionary());

    private static ProblemHttpResult NotAMember() => ApiProblems.Forbidden(Bilingual.Text("Only the space's members react in it.", "Seuls les membres de l'espace peuvent y réagir."));

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ReactAsync(
        Guid? postId, Guid? commentId, ReactRequest request, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        if (request.Kind is not { } kind || !ReactionKinds.All.Contains(kind))
        {
            return UnknownKind();
        }

        var target = await FindAsync(postId, commentId, me, db, access, context.RequestAborted);
        if (target is null)
        {
            return NotFound(commentId);
        }

        if (!await access.MayWriteAsync(me, target.SpaceId, context.RequestAborted))
        {
            return NotAMember();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var existing = await db.Reactions.SingleOrDefaultAsync(
            r => r.PostId == target.PostId && r.CommentId == target.CommentId && r.PersonId == me, context.RequestAborted);
        if (existing?.Kind == kind)
        {
            return TypedResults.NoContent();
        }

        if (existing is not null)
        {
            await CountAsync(db, target, existing.Kind, -1, context.RequestAborted);
            existing.Kind = kind;
        }
        else
        {
            db.Reactions.Add(new Reaction { PostId = target.PostId, CommentId = target.CommentId, PersonId = me, Kind = kind, CreatedAt = clock.GetUtcNow() });
        }

        await CountAsync(db, target, kind, +1, context.RequestAborted);
        db.Publish(new ReactionGiven(target.PostId, commentId, target.AuthorId, me, kind, target.SpaceId));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        await CountsChangedAsync(db, live, target, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveAsync(
        Guid? postId, Guid? commentId, HttpContext context, ActivityDbContext db, PostAccess access, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        var target = await FindAsync(postId, commentId, me, db, access, context.RequestAborted);
        if (target is null)
        {
            return NotFound(commentId);
        }

        if (!await access.MayWriteAsync(me, target.SpaceId, context.RequestAborted))
        {
            return NotAMember();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var existing = await db.Reactions.SingleOrDefaultAsync(
            r => r.PostId == target.PostId && r.CommentId == target.CommentId && r.PersonId == me, context.RequestAborted);
        if (existing is not null)
        {
            db.Reactions.Remove(existing);
            await CountAsync(db, target, existing.Kind, -1, context.RequestAborted);
            await db.SaveChangesAsync(context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
            await CountsChangedAsync(db, live, target, context.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CursorPage<ReactorView>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid? postId, Guid? commentId, HttpContext context, ActivityDbContext db, PostAccess access, IProfileDirectory directory, string? cursor, int? limit)
    {
        var errors = new ValidationErrors();
        var (after, pageSize) = Paging.Read(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var target = await FindAsync(postId, commentId, context.User.PersonId()!.Value, db, access, context.RequestAborted);
        if (target is null)
        {
            return NotFound(commentId);
        }

        // An item's reactions are few enough to read whole: SQLite cannot order by a time with its offset.
        var reactions = await db.Reactions.AsNoTracking()
            .Where(r => r.PostId == target.PostId && r.CommentId == target.CommentId)
            .Select(r => new { r.PersonId, r.Kind, r.CreatedAt })
            .ToListAsync(context.RequestAborted);
        var page = reactions
            .Select(r => (Key: $"{r.CreatedAt.UtcTicks:D19}:{r.PersonId:N}", Reaction: r))
            .OrderByDescending(r => r.Key, StringComparer.Ordinal)
            .SkipWhile(r => after is not null && string.CompareOrdinal(r.Key, after) >= 0)
            .Take(pageSize + 1)
            .ToList();
        var shown = page.Take(pageSize).ToList();
        var people = (await directory.GetSummariesAsync(shown.Select(r => r.Reaction.PersonId).ToList(), context.RequestAborted))
            .ToDictionary(p => p.Id, PersonView.Of);
        return TypedResults.Ok(new CursorPage<ReactorView>(
            shown.Select(r => new ReactorView(
                people.GetValueOrDefault(r.Reaction.PersonId) ?? PersonView.Unknown(r.Reaction.PersonId), r.Reaction.Kind, r.Reaction.CreatedAt)).ToList(),
            page.Count > pageSize ? Cursor.Encode(shown[^1].Key) : null));
    }

    private static Task CountsChangedAsync(ActivityDbContext db, ILiveUpdates live, Target target, CancellationToken cancellationToken) =>
        target.CommentId == Guid.Empty ? ActivityLive.SendCountsAsync(db, live, target.PostId, cancellationToken) : Task.CompletedTask;

    private static ProblemHttpResult NotFound(Guid? commentId) =>
        commentId is null ? ManagePostEndpoints.NoSuchPost() : ApiProblems.NotFound(Bilingual.Text("No such comment.", "Ce commentaire n'existe pas."));

    private static async Task<Target?> FindAsync(
        Guid? postId, Guid? commentId, Guid me, ActivityDbContext db, PostAccess access, CancellationToken cancellationToken)
    {
        var visible = (await access.VisibleAsync(me, cancellationToken)).Where(p => p.DeletedAt == null);
        if (commentId is { } id)
        {
            var comment = await db.Comments.AsNoTracking().Where(c => c.Id == id && c.DeletedAt == null)
                .Select(c => new { c.PostId, c.AuthorId }).SingleOrDefaultAsync(cancellationToken);
            var parent = comment is null ? null : await visible.Where(p => p.Id == comment.PostId)
                .Select(p => new { p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
            return comment is not null && parent is not null ? new Target(comment.PostId, id, comment.AuthorId, parent.SpaceId) : null;
        }

        var post = await visible.Where(p => p.Id == postId).Select(p => new { p.Id, p.AuthorId, p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
        return post is null ? null : new Target(post.Id, Guid.Empty, post.AuthorId, post.SpaceId);
    }

    /// <summary>Moves a kept count in the database itself, so that concurrent reactions never lose one.</summary>
    private static Task<int> CountAsync(ActivityDbContext db, Target target, string kind, int delta, CancellationToken cancellationToken) =>
        target.CommentId == Guid.Empty
            ? db.Posts.Where(p => p.Id == target.PostId).ExecuteUpdateAsync(s => Increment(s, kind, delta), cancellationToken)
            : db.Comments.Where(c => c.Id == target.CommentId).ExecuteUpdateAsync(s => Increment(s, kind, delta), cancellationToken);

    /// <summary>Sets <c>Reactions.{Kind} = Reactions.{Kind} + delta</c> on a post or a comment.</summary>
    private static void Increment<T>(UpdateSettersBuilder<T> setters, string kind, int delta)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var count = Expression.Property(Expression.Property(row, nameof(Post.Reactions)), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(kind));
        setters.SetProperty(
            Expression.Lambda<Func<T, int>>(count, row),
            Expression.Lambda<Func<T, int>>(Expression.Add(count, Expression.Constant(delta)), row));
    }
}
