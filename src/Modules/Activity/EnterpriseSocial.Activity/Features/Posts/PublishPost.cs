using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
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
    Guid? SpaceId = null,
    DateTimeOffset? PublishAt = null);

/// <summary>
/// Publishing a post, or sharing one with your own words, now or at a time you choose. Fan-out to
/// home streams happens after the answer, from the outbox.
/// </summary>
internal static class PublishPostEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/posts", HandleAsync)
            .WithSummary("Publishes a post, or schedules it with publishAt; the same Idempotency-Key from the same person returns the same post.");

    private static async Task<Results<Created<PostView>, Ok<PostView>, Accepted<ScheduledPostView>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        PublishPostRequest request,
        [FromHeader(Name = PostPublisher.IdempotencyHeader)] string? idempotencyKey,
        HttpContext context,
        ActivityDbContext db,
        PostPublisher publisher,
        PostViews views,
        IAuthorizationService authorization,
        TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var now = clock.GetUtcNow();
        var errors = new ValidationErrors()
            .AddIf(idempotencyKey is { Length: 0 or > 200 }, PostPublisher.IdempotencyHeader, Bilingual.Text("Between 1 and 200 characters.", "Entre 1 et 200 caractères."))
            .AddIf(request.PublishAt <= now, "publishAt", Bilingual.Text("Schedule a post for a time to come.", "Programmez une publication pour une date à venir."))
            .AddIf(request.PublishAt > now + ScheduledPost.Horizon, "publishAt", Bilingual.Text("Schedule a post at most a year ahead.", "Programmez une publication dans l'année au plus."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var mayAnnounce = (await authorization.AuthorizeAsync(context.User, Capabilities.PublishAnnouncements)).Succeeded;
        if (request.PublishAt is { } publishAt)
        {
            return await ScheduleAsync(me, request with { PublishAt = null }, publishAt, mayAnnounce, db, publisher, now, context.RequestAborted);
        }

        var outcome = await publisher.PublishAsync(me, request, mayAnnounce, idempotencyKey, context.RequestAborted);
        if (outcome.Post is not { } post)
        {
            return outcome.Invalid is { } invalid ? invalid : outcome.Problem!;
        }

        var view = (await views.BuildAsync(me, [post], context.RequestAborted))[0];
        return outcome.Replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/activity/posts/{post.Id}", view);
    }

    private static async Task<Results<Created<PostView>, Ok<PostView>, Accepted<ScheduledPostView>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        Guid me, PublishPostRequest request, DateTimeOffset publishAt, bool mayAnnounce, ActivityDbContext db, PostPublisher publisher,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (_, refusal) = await publisher.PrepareAsync(me, request, mayAnnounce, cancellationToken);
        if (refusal is not null)
        {
            return refusal.Invalid is { } invalid ? invalid : refusal.Problem!;
        }

        if (await db.ScheduledPosts.CountAsync(s => s.AuthorId == me, cancellationToken) >= ScheduledPost.MaxPerPerson)
        {
            return ApiProblems.Unprocessable(Bilingual.Text($"You can have at most {ScheduledPost.MaxPerPerson} scheduled posts.",
                $"Vous pouvez avoir au plus {ScheduledPost.MaxPerPerson} publications programmées."));
        }

        var scheduled = new ScheduledPost
        {
            Id = Guid.CreateVersion7(now), AuthorId = me, SpaceId = request.SpaceId, PublishAt = publishAt.ToUniversalTime(),
            Request = ScheduledPosts.Serialize(request), MayAnnounceCompanyWide = mayAnnounce, CreatedAt = now, Language = Bilingual.Language,
        };
        db.ScheduledPosts.Add(scheduled);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/v1/activity/scheduled/{scheduled.Id}", ScheduledPosts.View(scheduled));
    }
}
