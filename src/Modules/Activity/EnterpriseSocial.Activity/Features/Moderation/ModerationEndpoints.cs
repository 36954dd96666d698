using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.DirectMessages;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Moderation;

internal sealed record QueueItem(
    string TargetKind, Guid TargetId, Guid? SpaceId, Guid? PostId, string TargetName, string BodyHtml, bool Hidden,
    int ReportCount, IReadOnlyList<string> Reasons, DateTimeOffset FirstReportedAt);

internal sealed record ActionRequest(string? TargetKind, Guid TargetId, string? Action, string? Reason);

internal sealed record LogEntryView(
    string Action, string TargetKind, Guid TargetId, Guid AuthorId, string AuthorName, Guid ModeratorId, string ModeratorName, string Reason, DateTimeOffset At);

/// <summary>
/// The moderation queue of a space (its moderators) or of the company (platform moderators), the
/// actions taken on it, and the audit log of those actions, which nobody can change.
/// </summary>
internal static class ModerationEndpoints
{
    private const int QueueReports = 500;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/moderation/queue", QueueAsync).WithSummary("Open reports, grouped by what they are about: a space's with spaceId, the company's without.");
        group.MapPost("/moderation/actions", ActAsync).WithSummary("Dismisses reports, hides, restores or deletes content, or warns its author.");
        group.MapGet("/moderation/log", LogAsync).WithSummary("Moderation actions, newest first, filtered by action; a space's with spaceId.");
    }

    private static async Task<ProblemHttpResult?> RefusedAsync(HttpContext context, Guid me, Guid? spaceId, Moderator moderator, ISpaceAccess spaces)
    {
        if (spaceId is { } space && (await spaces.ReadableAsync(me, [space], context.RequestAborted)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("No such space.", "Cet espace n'existe pas."));
        }

        return await moderator.MayModerateAsync(context.User, me, spaceId, context.RequestAborted)
            ? null
            : ApiProblems.Forbidden(spaceId is null
                ? Bilingual.Text("Only platform moderators see this.", "Seuls les modérateurs de la plateforme y ont accès.")
                : Bilingual.Text("Only the space's moderators see this.", "Seuls les modérateurs de l'espace y ont accès."));
    }

    private static async Task<Results<Ok<List<QueueItem>>, ProblemHttpResult>> QueueAsync(
        Guid? spaceId, HttpContext context, ActivityDbContext db, Moderator moderator, ISpaceAccess spaces, IProfileDirectory directory)
    {
        var me = context.User.PersonId()!.Value;
        if (await RefusedAsync(context, me, spaceId, moderator, spaces) is { } problem)
        {
            return problem;
        }

        var reports = await db.Reports.AsNoTracking().Where(r => r.Status == ReportStatus.Open && r.SpaceId == spaceId)
            .OrderBy(r => r.Sequence).Take(QueueReports).ToListAsync(context.RequestAborted);
        var groups = new List<(ModerationTarget Target, List<Report> Reports)>();
        foreach (var group in reports.GroupBy(r => (r.TargetKind, r.TargetId)))
        {
            if (await ModerationTargets.FindAsync(db, group.Key.TargetKind, group.Key.TargetId, context.RequestAborted) is { } target)
            {
                groups.Add((target, group.ToList()));
            }
        }

        var authors = (await directory.GetSummariesAsync(groups.Select(g => g.Target.AuthorId).Distinct().ToList(), context.RequestAborted))
            .ToDictionary(p => p.Id, p => p.DisplayName);
        var items = groups.Select(g => new QueueItem(
            ModerationTargets.Name(g.Target.Kind), g.Target.Id, g.Target.SpaceId, g.Target.PostId, authors.GetValueOrDefault(g.Target.AuthorId) ?? string.Empty,
            g.Target.BodyHtml, g.Target.Hidden, g.Reports.Count, g.Reports.Select(r => ModerationReasons.Describe(r.Reason)!).Distinct().ToList(), g.Reports.Min(r => r.CreatedAt))).ToList();
        return TypedResults.Ok(items);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ActAsync(
        ActionRequest request, HttpContext context, ActivityDbContext db, Moderator moderator, ISpaceAccess spaces, MessageViews messages)
    {
        var me = context.User.PersonId()!.Value;
        var kind = ModerationTargets.Parse(request.TargetKind);
        var reason = request.Reason?.Trim() ?? string.Empty;
        var errors = new ValidationErrors()
            .AddIf(kind is null, "targetKind", ModerationTargets.Kinds)
            .AddIf(!Moderator.Actions.Contains(request.Action), "action", Bilingual.Text($"One of {string.Join(", ", Moderator.Actions)}.",
                $"Valeurs possibles : {string.Join(", ", Moderator.Actions)}."))
            .AddIf(kind == ReportTarget.Person && request.Action is not (Moderator.Dismissed or Moderator.Warned), "action", Bilingual.Text("A person is warned, or the reports dismissed.",
                "Une personne reçoit un avertissement, ou bien les signalements sont classés."))
            .AddIf(kind == ReportTarget.Message && request.Action is (Moderator.Hidden or Moderator.Restored), "action", Bilingual.Text(
                "A message is deleted, its sender warned, or the reports dismissed.", "Un message est supprimé, son expéditeur averti, ou bien les signalements sont classés."))
            .AddIf(request.Action is not (Moderator.Dismissed or Moderator.Restored) && reason.Length == 0, "reason", Bilingual.Text("Say why: the author is told.",
                "Indiquez le motif : l'auteur en est informé."))
            .AddIf(reason.Length > Report.ReasonMaxLength, "reason", Bilingual.Text($"At most {Report.ReasonMaxLength} characters.", $"Au plus {Report.ReasonMaxLength} caractères."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var target = await ModerationTargets.FindAsync(db, kind!.Value, request.TargetId, context.RequestAborted);
        if (target is null || (kind != ReportTarget.Person && target.Deleted))
        {
            return ApiProblems.NotFound(ModerationTargets.NoSuch(kind.Value));
        }

        var spaceId = kind == ReportTarget.Person ? null : target.SpaceId;
        if (await RefusedAsync(context, me, spaceId, moderator, spaces) is { } problem)
        {
            return problem;
        }

        await moderator.ApplyAsync(target, request.Action!, reason, me, context.RequestAborted);
        if (kind == ReportTarget.Message && request.Action == Moderator.Deleted)
        {
            await messages.TellBothAsync(target.Id, context.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CursorPage<LogEntryView>>, ValidationProblem, ProblemHttpResult>> LogAsync(
        Guid? spaceId, string? action, string? cursor, int? limit, HttpContext context, ActivityDbContext db, Moderator moderator,
        ISpaceAccess spaces, IProfileDirectory directory)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await RefusedAsync(context, me, spaceId, moderator, spaces) is { } problem)
        {
            return problem;
        }

        var entries = db.ModerationLog.AsNoTracking().Where(e => e.SpaceId == spaceId);
        if (!string.IsNullOrEmpty(action))
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (before is { } sequence)
        {
            entries = entries.Where(e => e.Sequence < sequence);
        }

        var rows = await entries.OrderByDescending(e => e.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        var people = (await directory.GetSummariesAsync(page.SelectMany(e => new[] { e.AuthorId, e.ModeratorId }).Distinct().ToList(), context.RequestAborted))
            .ToDictionary(p => p.Id, p => p.DisplayName);
        var views = page.Select(e => new LogEntryView(
            e.Action, ModerationTargets.Name(e.TargetKind), e.TargetId, e.AuthorId, people.GetValueOrDefault(e.AuthorId) ?? string.Empty,
            e.ModeratorId, people.GetValueOrDefault(e.ModeratorId) ?? string.Empty, ModerationReasons.Describe(e.Reason)!, e.At)).ToList();
        return TypedResults.Ok(new CursorPage<LogEntryView>(views, rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
