using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record ScheduledPostView(Guid Id, DateTimeOffset PublishAt, Guid? SpaceId, string Kind, string Body, string? FailedReason);

internal sealed record RescheduleRequest(DateTimeOffset? PublishAt);

/// <summary>A person's posts waiting for their time: listed, moved or cancelled by their author only.</summary>
internal static class ScheduledPosts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/scheduled", ListAsync).WithSummary("Your posts waiting to be published, soonest first.");
        group.MapPatch("/scheduled/{id:guid}", RescheduleAsync).WithSummary("Moves one of your scheduled posts to another time.");
        group.MapDelete("/scheduled/{id:guid}", CancelAsync).WithSummary("Cancels one of your scheduled posts.");
    }

    public static string Serialize(PublishPostRequest request) => JsonSerializer.Serialize(request, Json);

    public static PublishPostRequest Deserialize(string request) => JsonSerializer.Deserialize<PublishPostRequest>(request, Json)!;

    public static ScheduledPostView View(ScheduledPost scheduled)
    {
        var request = Deserialize(scheduled.Request);
        return new(scheduled.Id, scheduled.PublishAt, scheduled.SpaceId, request.Kind ?? "post", request.Body ?? string.Empty, scheduled.FailedReason);
    }

    private static async Task<Ok<List<ScheduledPostView>>> ListAsync(Guid? spaceId, HttpContext context, ActivityDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        var mine = db.ScheduledPosts.AsNoTracking().Where(s => s.AuthorId == me);
        mine = spaceId is null ? mine : mine.Where(s => s.SpaceId == spaceId);
        var scheduled = await mine.OrderBy(s => s.PublishAt).Take(ScheduledPost.MaxPerPerson).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(scheduled.Select(View).ToList());
    }

    private static async Task<Results<Ok<ScheduledPostView>, ValidationProblem, ProblemHttpResult>> RescheduleAsync(
        Guid id, RescheduleRequest request, HttpContext context, ActivityDbContext db, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        if (request.PublishAt is not { } publishAt || publishAt <= now || publishAt > now + ScheduledPost.Horizon)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("publishAt", Bilingual.Text("A time to come, at most a year ahead.",
                "Une date à venir, dans l'année au plus.")).ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var scheduled = await db.ScheduledPosts.SingleOrDefaultAsync(s => s.Id == id && s.AuthorId == me, context.RequestAborted);
        if (scheduled is null)
        {
            return NoSuchPost();
        }

        scheduled.PublishAt = publishAt.ToUniversalTime();
        scheduled.FailedReason = null;
        scheduled.Language = Bilingual.Language;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(View(scheduled));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> CancelAsync(Guid id, HttpContext context, ActivityDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        var cancelled = await db.ScheduledPosts.Where(s => s.Id == id && s.AuthorId == me).ExecuteDeleteAsync(context.RequestAborted);
        return cancelled == 0 ? NoSuchPost() : TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSuchPost() => ApiProblems.NotFound(Bilingual.Text("There is no such scheduled post.", "Cette publication programmée n'existe pas."));
}
