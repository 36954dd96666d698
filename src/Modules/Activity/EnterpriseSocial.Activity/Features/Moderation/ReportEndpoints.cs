using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.DirectMessages;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Moderation;

internal sealed record ReportRequest(string? TargetKind, Guid TargetId, string? Reason);

internal sealed record ReportedView(Guid Id);

/// <summary>Anyone who can see a post, a comment or a person, or who received a message, may report it to the moderators.</summary>
internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/reports", ReportAsync)
            .WithSummary("Reports a post, a comment, a person or a message you received; content reported by several people is hidden until reviewed.");

    private static async Task<Results<Created<ReportedView>, Ok<ReportedView>, ValidationProblem, ProblemHttpResult>> ReportAsync(
        ReportRequest request, HttpContext context, ActivityDbContext db, PostAccess access, IProfileDirectory directory,
        Moderator moderator, IOptions<ModerationSettings> settings, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var reason = request.Reason?.Trim() ?? string.Empty;
        var kind = ModerationTargets.Parse(request.TargetKind);
        var errors = new ValidationErrors()
            .AddIf(kind is null, "targetKind", ModerationTargets.Kinds)
            .AddIf(reason.Length is 0 or > Report.ReasonMaxLength, "reason", Bilingual.Text($"Say why, in 1 to {Report.ReasonMaxLength} characters.",
                $"Indiquez le motif, en 1 à {Report.ReasonMaxLength} caractères."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var target = await VisibleTargetAsync(kind!.Value, request.TargetId, me, db, access, directory, context.RequestAborted);
        if (target is null)
        {
            return ApiProblems.NotFound(ModerationTargets.NoSuch(kind.Value));
        }

        if (target.AuthorId == me)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You cannot report yourself or what you wrote.", "Vous ne pouvez signaler ni vous-même ni ce que vous avez écrit."));
        }

        if (await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.TargetId == target.Id && r.ReporterId == me, context.RequestAborted) is { } earlier)
        {
            return TypedResults.Ok(new ReportedView(earlier.Id));
        }

        var report = new Report
        {
            Id = Guid.CreateVersion7(), TargetKind = target.Kind, TargetId = target.Id, SpaceId = target.SpaceId, ReporterId = me,
            Reason = reason, CreatedAt = clock.GetUtcNow(), Status = ReportStatus.Open,
        };
        db.Reports.Add(report);
        db.Publish(new ContentReported(report.Id, ModerationTargets.Name(target.Kind), target.Id, target.SpaceId, me, reason));
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // The same person reported the same thing twice at once: one report stands.
            db.ChangeTracker.Clear();
            var stored = await db.Reports.AsNoTracking().SingleAsync(r => r.TargetId == target.Id && r.ReporterId == me, context.RequestAborted);
            return TypedResults.Ok(new ReportedView(stored.Id));
        }

        var reporters = await db.Reports.CountAsync(r => r.TargetId == target.Id && r.Status == ReportStatus.Open && r.ReporterId != Guid.Empty, context.RequestAborted);
        if (target.Kind is ReportTarget.Post or ReportTarget.Comment && !target.Hidden && reporters >= settings.Value.HideAfterReports)
        {
            await moderator.ApplyAsync(target, Moderator.AutoHidden, ModerationReasons.Reported(reporters), Guid.Empty, context.RequestAborted);
        }

        return TypedResults.Created($"/api/v1/activity/reports/{report.Id}", new ReportedView(report.Id));
    }

    private static async Task<ModerationTarget?> VisibleTargetAsync(
        ReportTarget kind, Guid id, Guid me, ActivityDbContext db, PostAccess access, IProfileDirectory directory, CancellationToken cancellationToken)
    {
        if (kind == ReportTarget.Person)
        {
            return (await directory.GetSummariesAsync([id], cancellationToken)).Count == 0 ? null : await ModerationTargets.FindAsync(db, kind, id, cancellationToken);
        }

        if (kind == ReportTarget.Message)
        {
            // Reporting a message shows it to moderators: only the two people of its conversation may.
            return await ConversationMessages.FindAsync(db, me, id, cancellationToken) is null ? null : await ModerationTargets.FindAsync(db, kind, id, cancellationToken);
        }

        var target = await ModerationTargets.FindAsync(db, kind, id, cancellationToken);
        return target is { Deleted: false } && await (await access.VisibleAsync(me, cancellationToken)).AnyAsync(p => p.Id == target.PostId, cancellationToken)
            ? target
            : null;
    }
}
