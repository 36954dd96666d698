using System.Security.Cryptography;
using System.Text;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
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
    bool MustRead = false);

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

        if (kind == PostKind.Announcement && !(await authorization.AuthorizeAsync(context.User, Capabilities.PublishAnnouncements)).Succeeded)
        {
            return ApiProblems.Forbidden("Company announcements are published by communication, HR and administrators.");
        }

        var requestHash = Hash(request);
        if (idempotencyKey is not null && await ReplayAsync(db, me, idempotencyKey, requestHash, context.RequestAborted) is { } replayed)
        {
            return replayed.Post is null ? replayed.Problem! : await OkAsync(views, me, replayed.Post, context.RequestAborted);
        }

        Guid? sharedPostId = null;
        if (request.SharedPostId is { } sharedId)
        {
            var original = await access.Visible(me).Where(p => p.Id == sharedId)
                .Select(p => new { p.Id, p.SharedPostId, p.DeletedAt }).SingleOrDefaultAsync(context.RequestAborted);
            if (original is null || original.DeletedAt is not null)
            {
                return ApiProblems.Unprocessable("There is no such post to share.");
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
        var post = Post.Publish(me, content, sharedPostId, clock.GetUtcNow(), kind);
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

        db.Publish(new PostPublished(post.Id, me, content.Topics, content.Mentions, sharedPostId));
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

        var view = (await views.BuildAsync(me, [post], context.RequestAborted))[0];
        return TypedResults.Created($"/api/v1/activity/posts/{post.Id}", view);
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
