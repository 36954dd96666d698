using System.Security.Cryptography;
using System.Text;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Moderation;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record PublishPostRequest(
    string? Body,
    Guid? SharedPostId,
    IReadOnlyList<Guid>? AttachmentIds = null,
    string? Kind = null,
    PollRequest? Poll = null,
    bool MustRead = false,
    Guid? SpaceId = null);

/// <summary>Publishing a post, or sharing one with your own words. Fan-out to home streams happens after the answer, from the outbox.</summary>
internal static class PublishPostEndpoint
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/posts", HandleAsync)
            .WithSummary("Publishes a post; the same Idempotency-Key from the same person returns the same post.");

    private static async Task<Results<Created<PostView>, Ok<PostView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PublishPostRequest request,
        [FromHeader(Name = IdempotencyHeader)] string? idempotencyKey,
        HttpContext context,
        ActivityDbContext db,
        PostAccess access,
        PostRenderer renderer,
        PostViews views,
        IAuthorizationService authorization,
        ISpaceAccess spaces,
        KeywordRules keywords,
        Moderator moderator,
        TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var body = request.Body?.Trim() ?? string.Empty;
        var errors = new ValidationErrors()
            .AddIf(body.Length == 0 && request.SharedPostId is null && request.AttachmentIds is not { Count: > 0 }, "body", "Write something.")
            .AddIf(request.AttachmentIds?.Count > Attachment.MaxPerPost, "attachmentIds", $"At most {Attachment.MaxPerPost} attachments.")
            .AddIf(body.Length > Post.BodyMaxLength, "body", $"At most {Post.BodyMaxLength} characters.")
            .AddIf(idempotencyKey is { Length: 0 or > 200 }, IdempotencyHeader, "Between 1 and 200 characters.");
        var kind = PostKinds.Validate(request, clock.GetUtcNow(), errors);
        errors.AddIf(kind is PostKind.Poll or PostKind.Question && body.Length == 0, "body", "Write the question.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (kind == PostKind.Announcement && request.SpaceId is null && !(await authorization.AuthorizeAsync(context.User, Capabilities.PublishAnnouncements)).Succeeded)
        {
            return ApiProblems.Forbidden("Company announcements are published by communication, HR and administrators.");
        }

        if (request.SpaceId is { } spaceId && await SpaceProblemAsync(me, spaceId, kind, access, spaces, context.RequestAborted) is { } spaceProblem)
        {
            return spaceProblem;
        }

        var verdict = await keywords.CheckAsync(body, context.RequestAborted);
        if (verdict.Refusal is { } refusal)
        {
            return ApiProblems.Unprocessable(refusal);
        }

        var requestHash = Hash(request);
        if (idempotencyKey is not null && await ReplayAsync(db, me, idempotencyKey, requestHash, context.RequestAborted) is { } replayed)
        {
            return replayed.Post is null ? replayed.Problem! : await OkAsync(views, me, replayed.Post, context.RequestAborted);
        }

        Guid? sharedPostId = null;
        if (request.SharedPostId is { } sharedId)
        {
            var original = await (await access.VisibleAsync(me, context.RequestAborted)).Where(p => p.Id == sharedId)
                .Select(p => new { p.Id, p.SharedPostId, p.DeletedAt, p.SpaceId }).SingleOrDefaultAsync(context.RequestAborted);
            if (original is null || original.DeletedAt is not null)
            {
                return ApiProblems.Unprocessable("There is no such post to share.");
            }

            // A post written in a space is shared within that space only: its readers are the space's.
            if (original.SpaceId is not null && original.SpaceId != request.SpaceId)
            {
                return ApiProblems.Unprocessable("A post from a space can be shared only within that space.");
            }

            // Sharing a share shares the original, so that a conversation never hides behind a chain of shares.
            sharedPostId = original.SharedPostId ?? original.Id;
        }

        var attachmentIds = request.AttachmentIds?.Distinct().ToList() ?? [];
        var attachments = await db.Attachments.Where(a => attachmentIds.Contains(a.Id) && a.UploaderId == me && a.PostId == null)
            .ToListAsync(context.RequestAborted);
        if (attachments.Count != attachmentIds.Count)
        {
            return ApiProblems.Unprocessable("Attach only files you uploaded and have not attached to another post.");
        }

        var content = await renderer.RenderAsync(body, context.RequestAborted);
        var post = Post.Publish(me, content, sharedPostId, clock.GetUtcNow(), kind, request.SpaceId);
        PostKinds.Apply(post, request);
        db.Posts.Add(post);
        attachments.ForEach(a => a.PostId = post.Id);
        if (idempotencyKey is not null)
        {
            db.IdempotencyRecords.Add(new IdempotencyRecord
            {
                PersonId = me, Key = idempotencyKey, PostId = post.Id, RequestHash = requestHash, CreatedAt = clock.GetUtcNow(),
            });
        }

        db.Publish(new PostPublished(
            post.Id, me, content.Topics, content.Mentions, sharedPostId, request.SpaceId, post.Kind == PostKind.Announcement, post.MustRead));
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another request with the same key won the race; answer with what it created.
            db.ChangeTracker.Clear();
            var winner = await ReplayAsync(db, me, idempotencyKey, requestHash, context.RequestAborted);
            if (winner is null)
            {
                throw;
            }

            return winner.Post is null ? winner.Problem! : await OkAsync(views, me, winner.Post, context.RequestAborted);
        }

        if (verdict.FlaggedBy is { } pattern)
        {
            await moderator.FlagAsync(ReportTarget.Post, post.Id, pattern, context.RequestAborted);
        }

        var view = (await views.BuildAsync(me, [post], context.RequestAborted))[0];
        return TypedResults.Created($"/api/v1/activity/posts/{post.Id}", view);
    }

    /// <summary>
    /// Writing in a space is for its members; a space the author cannot read answers like one that
    /// does not exist. Announcements in a space are for its managers.
    /// </summary>
    private static async Task<ProblemHttpResult?> SpaceProblemAsync(
        Guid me, Guid spaceId, PostKind kind, PostAccess access, ISpaceAccess spaces, CancellationToken cancellationToken)
    {
        if ((await spaces.ReadableAsync(me, [spaceId], cancellationToken)).Count == 0)
        {
            return ApiProblems.NotFound("No such space.");
        }

        if (!await access.MayWriteAsync(me, spaceId, cancellationToken))
        {
            return ApiProblems.Forbidden("Only the space's members write in it, and not once it is archived.");
        }

        return kind == PostKind.Announcement && !await spaces.CanModerateAsync(me, spaceId, cancellationToken)
            ? ApiProblems.Forbidden("Announcements in a space are published by its managers.")
            : null;
    }

    private sealed record Replay(Post? Post, ProblemHttpResult? Problem);

    private static async Task<Replay?> ReplayAsync(
        ActivityDbContext db, Guid me, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.PersonId == me && r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (record.RequestHash != requestHash)
        {
            return new Replay(null, ApiProblems.Unprocessable($"This {IdempotencyHeader} was already used for a different post."));
        }

        var post = await db.Posts.AsNoTracking().Include(p => p.Topics).Include(p => p.Mentions).Include(p => p.PollOptions)
            .SingleAsync(p => p.Id == record.PostId, cancellationToken);
        return new Replay(post, null);
    }

    private static async Task<Results<Created<PostView>, Ok<PostView>, ValidationProblem, ProblemHttpResult>> OkAsync(
        PostViews views, Guid me, Post post, CancellationToken cancellationToken) =>
        TypedResults.Ok((await views.BuildAsync(me, [post], cancellationToken))[0]);

    private static string Hash(PublishPostRequest request) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{request.Kind}\n{request.SharedPostId}\n{string.Join(',', request.AttachmentIds ?? [])}\n{string.Join('\n', request.Poll?.Options ?? [])}\n{request.Body?.Trim()}")));
}
