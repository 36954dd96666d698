using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.ActivityStreams;
using EnterpriseSocial.Activity.Features.Moderation;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record EditPostRequest(string? Body);

internal sealed record RevisionView(string BodyHtml, DateTimeOffset WrittenAt, DateTimeOffset ReplacedAt);

/// <summary>Reading one post, editing it with a visible history, and deleting it as a tombstone.</summary>
internal static class ManagePostEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/posts/{id:guid}", GetAsync)
            .WithSummary("One post; with Accept: application/activity+json, as an Activity Streams 2.0 object.");
        group.MapPatch("/posts/{id:guid}", EditAsync).WithSummary("Edits your post; the previous text stays in its history.");
        group.MapGet("/posts/{id:guid}/history", HistoryAsync).WithSummary("The earlier versions of a post, newest first.");
        group.MapDelete("/posts/{id:guid}", DeleteAsync)
            .WithSummary("Deletes your post (or any post, for platform moderators); it stays as a tombstone in its conversation.");
    }

    internal static ProblemHttpResult NoSuchPost() => ApiProblems.NotFound(Bilingual.Text("No such post.", "Cette publication n'existe pas."));

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, PostAccess access, PostViews views)
    {
        var me = context.User.PersonId()!.Value;
        var post = (await views.LoadByIdsAsync(me, [id], context.RequestAborted)).SingleOrDefault();
        if (post is null)
        {
            return NoSuchPost();
        }

        var view = (await views.BuildAsync(me, [post], context.RequestAborted))[0];
        return As2.Wanted(context.Request) ? As2.Result(As2.Note(view, context.Request)) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<PostView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, EditPostRequest request, HttpContext context, ActivityDbContext db, PostAccess access,
        PostRenderer renderer, PostViews views, TimeProvider clock, KeywordRules keywords, Moderator moderator)
    {
        var me = context.User.PersonId()!.Value;
        var body = request.Body?.Trim() ?? string.Empty;
        var errors = new ValidationErrors()
            .AddIf(body.Length == 0, "body", Bilingual.Text("Write something.", "Écrivez quelque chose."))
            .AddIf(body.Length > Post.BodyMaxLength, "body", Bilingual.Text($"At most {Post.BodyMaxLength} characters.", $"Au plus {Post.BodyMaxLength} caractères."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var verdict = await keywords.CheckAsync(body, context.RequestAborted);
        if (verdict.Refusal is { } refusal)
        {
            return ApiProblems.Unprocessable(refusal);
        }

        var post = await access.FindForWriteAsync(me, id, context.RequestAborted);
        if (post is null || post.IsDeleted)
        {
            return NoSuchPost();
        }

        if (post.AuthorId != me)
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only its author edits a post.", "Seul son auteur peut modifier une publication."));
        }

        if (body == post.BodyMarkdown)
        {
            return TypedResults.Ok((await views.BuildAsync(me, [post], context.RequestAborted))[0]);
        }

        var edited = await renderer.RenderAsync(body, context.RequestAborted);
        if (post.Kind == PostKind.Praise && post.Mentions.Any(m => !edited.Mentions.Contains(m.PersonId)))
        {
            // Who a praise reaches and whose praise stream shows it follow from the people it names.
            return ApiProblems.Unprocessable(Bilingual.Text(
                "Keep the name of everyone this praise names.", "Gardez le nom de chaque personne que ce compliment nomme."));
        }

        if (PostRenderer.MentionedAnew(post.BodyMarkdown, edited) is { Count: > 0 } mentioned)
        {
            db.Publish(new MentionsAdded(post.Id, null, me, mentioned, post.SpaceId));
        }

        var previousTopics = post.Topics.Select(t => t.Topic).ToList();
        if (edited.Topics.Except(previousTopics).ToList() is { Count: > 0 } tagged)
        {
            db.Publish(new TopicsAdded(post.Id, me, tagged, post.SpaceId));
        }

        if (previousTopics.Except(edited.Topics).ToList() is { Count: > 0 } untagged)
        {
            db.Publish(new TopicsRemoved(post.Id, untagged));
        }

        db.PostRevisions.Add(post.Edit(edited, clock.GetUtcNow()));
        await db.SaveChangesAsync(context.RequestAborted);
        if (verdict.FlaggedBy is { } pattern)
        {
            await moderator.FlagAsync(ReportTarget.Post, post.Id, pattern, context.RequestAborted);
        }
        return TypedResults.Ok((await views.BuildAsync(me, [post], context.RequestAborted))[0]);
    }

    private static async Task<Results<Ok<List<RevisionView>>, ProblemHttpResult>> HistoryAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access)
    {
        var me = context.User.PersonId()!.Value;
        if (!await (await access.VisibleAsync(me, context.RequestAborted)).AnyAsync(p => p.Id == id && p.DeletedAt == null, context.RequestAborted))
        {
            return NoSuchPost();
        }

        var revisions = await db.PostRevisions.AsNoTracking().Where(r => r.PostId == id).OrderByDescending(r => r.Sequence)
            .Take(Paging.MaxLimit).Select(r => new RevisionView(r.BodyHtml, r.WrittenAt, r.ReplacedAt)).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(revisions);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access, IAuthorizationService authorization, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var post = await access.FindForWriteAsync(me, id, context.RequestAborted);
        if (post is null || post.IsDeleted)
        {
            return NoSuchPost();
        }

        if (post.AuthorId != me && !(await authorization.AuthorizeAsync(context.User, Capabilities.ModeratePlatform)).Succeeded)
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only its author or a moderator deletes a post.", "Seul son auteur ou un modérateur peut supprimer une publication."));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        post.Delete(clock.GetUtcNow());
        await db.PostRevisions.Where(r => r.PostId == id).ExecuteDeleteAsync(context.RequestAborted);
        await db.Timeline.Where(e => e.PostSequence == post.Sequence).ExecuteDeleteAsync(context.RequestAborted);
        db.Publish(new PostDeleted(post.Id, post.AuthorId));
        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }
}
