using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.ActivityStreams;
using EnterpriseSocial.Activity.Features.Live;
using EnterpriseSocial.Activity.Features.Moderation;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Conversations;

internal sealed record WriteCommentRequest(string? Body, Guid? ParentId);

/// <summary>Conversations under a post: comments, and one level of replies, oldest first.</summary>
internal static class CommentEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/posts/{id:guid}/comments", ListAsync)
            .WithSummary("The comments on a post, oldest first, each with its first replies; also as Activity Streams 2.0.");
        group.MapGet("/comments/{id:guid}", GetAsync)
            .WithSummary("One comment with its first replies, for those who may read its post; also as Activity Streams 2.0.");
        group.MapGet("/comments/{id:guid}/replies", RepliesAsync).WithSummary("The replies to a comment, oldest first.");
        group.MapPost("/posts/{id:guid}/comments", WriteAsync).WithSummary("Comments on a post, or replies to one of its comments.");
        group.MapPatch("/comments/{id:guid}", EditAsync).WithSummary("Edits your comment.");
        group.MapDelete("/comments/{id:guid}", DeleteAsync).WithSummary("Deletes your comment; replies stay readable under its tombstone.");
    }

    private static ProblemHttpResult NoSuchComment() => ApiProblems.NotFound(Bilingual.Text("No such comment.", "Ce commentaire n'existe pas."));

    private static async Task<IResult> ListAsync(
        Guid id, string? cursor, int? limit, HttpContext context, ActivityDbContext db, PostAccess access, CommentViews views)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (after, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await (await access.VisibleAsync(me, context.RequestAborted)).AnyAsync(p => p.Id == id, context.RequestAborted))
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        var query = db.Comments.AsNoTracking().Where(c => c.PostId == id && c.ParentCommentId == null);
        var page = await PageAsync(after is null ? query : query.Where(c => c.Sequence > after), pageSize, context.RequestAborted);
        var built = await views.BuildAsync(me, page.Items, await views.FirstRepliesAsync(page.Items, context.RequestAborted), context.RequestAborted);
        return As2.Wanted(context.Request)
            ? As2.Result(As2.Page(context.Request, built.Select(c => As2.Comment(c, id, context.Request)), page.NextCursor))
            : TypedResults.Ok(new CursorPage<CommentView>(built, page.NextCursor));
    }

    /// <summary>Where a written comment's location leads, and how a question's best answer is read apart from its page.</summary>
    private static async Task<IResult> GetAsync(Guid id, HttpContext context, ActivityDbContext db, PostAccess access, CommentViews views)
    {
        var me = context.User.PersonId()!.Value;
        var comment = await db.Comments.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, context.RequestAborted);
        if (comment is null || !await (await access.VisibleAsync(me, context.RequestAborted)).AnyAsync(p => p.Id == comment.PostId, context.RequestAborted))
        {
            return NoSuchComment();
        }

        var view = (await views.BuildAsync(me, [comment], await views.FirstRepliesAsync([comment], context.RequestAborted), context.RequestAborted))[0];
        return As2.Wanted(context.Request) ? As2.Result(As2.Comment(view, comment.PostId, context.Request)) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<CursorPage<CommentView>>, ValidationProblem, ProblemHttpResult>> RepliesAsync(
        Guid id, string? cursor, int? limit, HttpContext context, ActivityDbContext db, PostAccess access, CommentViews views)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (after, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var parent = await db.Comments.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.PostId }).SingleOrDefaultAsync(context.RequestAborted);
        if (parent is null || !await (await access.VisibleAsync(me, context.RequestAborted)).AnyAsync(p => p.Id == parent.PostId, context.RequestAborted))
        {
            return NoSuchComment();
        }

        var query = db.Comments.AsNoTracking().Where(c => c.ParentCommentId == id);
        var page = await PageAsync(after is null ? query : query.Where(c => c.Sequence > after), pageSize, context.RequestAborted);
        var built = await views.BuildAsync(me, page.Items, Array.Empty<Comment>().ToLookup(c => c.Id), context.RequestAborted);
        return TypedResults.Ok(new CursorPage<CommentView>(built, page.NextCursor));
    }

    private static async Task<Results<Created<CommentView>, ValidationProblem, ProblemHttpResult>> WriteAsync(
        Guid id, WriteCommentRequest request, HttpContext context, ActivityDbContext db, PostAccess access,
        PostRenderer renderer, CommentViews views, TimeProvider clock, ILiveUpdates live, KeywordRules keywords, Moderator moderator)
    {
        var me = context.User.PersonId()!.Value;
        var body = request.Body?.Trim() ?? string.Empty;
        if (Validate(body) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var verdict = await keywords.CheckAsync(body, context.RequestAborted);
        if (verdict.Refusal is { } refusal)
        {
            return ApiProblems.Unprocessable(refusal);
        }

        var post = await (await access.VisibleAsync(me, context.RequestAborted)).Where(p => p.Id == id)
            .Select(p => new { p.Id, p.AuthorId, p.DeletedAt, p.SpaceId }).SingleOrDefaultAsync(context.RequestAborted);
        if (post is null)
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        if (post.DeletedAt is not null)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("This post was deleted; its conversation is closed.", "Cette publication a été supprimée ; sa conversation est close."));
        }

        if (!await access.MayWriteAsync(me, post.SpaceId, context.RequestAborted))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only the space's members comment in it.", "Seuls les membres de l'espace peuvent y commenter."));
        }

        Comment? parent = null;
        if (request.ParentId is { } parentId)
        {
            parent = await db.Comments.SingleOrDefaultAsync(c => c.Id == parentId && c.PostId == id, context.RequestAborted);
            if (parent is null)
            {
                return ApiProblems.Unprocessable(Bilingual.Text("There is no such comment on this post to reply to.", "Le commentaire auquel vous répondez n'existe pas sur cette publication."));
            }
        }

        var content = await renderer.RenderAsync(body, context.RequestAborted);
        // Conversations have one level of replies: a reply to a reply joins its parent's thread.
        var threadParent = parent?.ParentCommentId is { } grandParent
            ? await db.Comments.SingleAsync(c => c.Id == grandParent, context.RequestAborted)
            : parent;
        var comment = Comment.Write(id, threadParent?.Id, me, content, clock.GetUtcNow());
        db.Comments.Add(comment);
        if (threadParent is not null)
        {
            threadParent.ReplyCount++;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        await db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.CommentCount, p => p.CommentCount + 1), context.RequestAborted);
        db.Publish(new CommentAdded(comment.Id, id, me, post.AuthorId, threadParent?.Id, parent?.AuthorId, content.Mentions, post.SpaceId));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        await ActivityLive.SendCountsAsync(db, live, id, context.RequestAborted);
        if (verdict.FlaggedBy is { } pattern)
        {
            await moderator.FlagAsync(ReportTarget.Comment, comment.Id, pattern, context.RequestAborted);
        }

        var view = (await views.BuildAsync(me, [comment], Array.Empty<Comment>().ToLookup(c => c.Id), context.RequestAborted))[0];
        return TypedResults.Created($"/api/v1/activity/comments/{comment.Id}", view);
    }

    private static async Task<Results<Ok<CommentView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, WriteCommentRequest request, HttpContext context, ActivityDbContext db, PostAccess access,
        PostRenderer renderer, CommentViews views, TimeProvider clock, KeywordRules keywords, Moderator moderator)
    {
        var me = context.User.PersonId()!.Value;
        var body = request.Body?.Trim() ?? string.Empty;
        if (Validate(body) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var verdict = await keywords.CheckAsync(body, context.RequestAborted);
        if (verdict.Refusal is { } refusal)
        {
            return ApiProblems.Unprocessable(refusal);
        }

        if (await FindAsync(db, access, me, id, context.RequestAborted) is not (var comment, var spaceId))
        {
            return NoSuchComment();
        }

        if (comment.AuthorId != me)
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only its author edits a comment.", "Seul son auteur peut modifier un commentaire."));
        }

        var edited = await renderer.RenderAsync(body, context.RequestAborted);
        if (PostRenderer.MentionedAnew(comment.BodyMarkdown, edited) is { Count: > 0 } mentioned)
        {
            db.Publish(new MentionsAdded(comment.PostId, comment.Id, me, mentioned, spaceId));
        }

        comment.Edit(edited, clock.GetUtcNow());
        await db.SaveChangesAsync(context.RequestAborted);
        if (verdict.FlaggedBy is { } pattern)
        {
            await moderator.FlagAsync(ReportTarget.Comment, comment.Id, pattern, context.RequestAborted);
        }

        return TypedResults.Ok((await views.BuildAsync(me, [comment], Array.Empty<Comment>().ToLookup(c => c.Id), context.RequestAborted))[0]);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access, Moderator moderator, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        if (await FindAsync(db, access, me, id, context.RequestAborted) is not (var comment, _))
        {
            return NoSuchComment();
        }

        if (comment.AuthorId == me)
        {
            comment.Delete(clock.GetUtcNow());
            await db.SaveChangesAsync(context.RequestAborted);
            return TypedResults.NoContent();
        }

        // Someone else's comment: a moderation action, by the space's moderators or platform moderators, and logged as one.
        var target = (await ModerationTargets.FindAsync(db, ReportTarget.Comment, comment.Id, context.RequestAborted))!;
        if (!await moderator.MayModerateAsync(context.User, me, target.SpaceId, context.RequestAborted))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only its author or a moderator deletes a comment.", "Seul son auteur ou un modérateur peut supprimer un commentaire."));
        }

        await moderator.ApplyAsync(target, Moderator.Deleted, ModerationReasons.RemovedByModerator, me, context.RequestAborted);
        return TypedResults.NoContent();
    }

    /// <summary>A comment the person may change, with the space of its post.</summary>
    private static async Task<(Comment Comment, Guid? SpaceId)?> FindAsync(
        ActivityDbContext db, PostAccess access, Guid me, Guid id, CancellationToken cancellationToken)
    {
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == id && c.DeletedAt == null, cancellationToken);
        var post = comment is null ? null : await (await access.VisibleAsync(me, cancellationToken)).Where(p => p.Id == comment.PostId)
            .Select(p => new { p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
        // In a space, changing a comment is for members: someone removed loses it on their own comments too.
        return post is not null && await access.MayWriteAsync(me, post.SpaceId, cancellationToken) ? (comment!, post.SpaceId) : null;
    }

    private static ValidationErrors Validate(string body) => new ValidationErrors()
        .AddIf(body.Length == 0, "body", Bilingual.Text("Write something.", "Écrivez quelque chose."))
        .AddIf(body.Length > Comment.BodyMaxLength, "body", Bilingual.Text($"At most {Comment.BodyMaxLength} characters.", $"Au plus {Comment.BodyMaxLength} caractères."));

    private static async Task<CursorPage<Comment>> PageAsync(IQueryable<Comment> query, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await query.OrderBy(c => c.Sequence).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        return new CursorPage<Comment>(page, rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null);
    }
}
