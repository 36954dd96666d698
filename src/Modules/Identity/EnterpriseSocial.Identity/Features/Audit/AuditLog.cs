using System.Globalization;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Identity.Data;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Identity.Features.Audit;

internal sealed record AuditRow(long Id, Guid? ActorId, string? ActorName, string Action, Guid? TargetId, string? TargetName, string Details, DateTimeOffset OccurredAt);

/// <summary>The account audit log, newest first. It has no endpoint to change or delete an entry.</summary>
internal static class AuditLog
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/audit", ListAsync).RequireAuthorization(Capabilities.ReadAuditLog)
            .WithSummary("Who did what to which account, and when; newest first.");

    private static async Task<Results<Ok<CursorPage<AuditRow>>, ValidationProblem>> ListAsync(
        IdentityDbContext db, CancellationToken cancellationToken, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var (before, pageSize) = Paging.Read(cursor, limit, errors);
        long? beforeId = null;
        if (before is not null)
        {
            if (long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                beforeId = parsed;
            }
            else
            {
                errors.Add("cursor", Bilingual.Text("cursor is not a cursor this API returned.", "cursor n'est pas un curseur renvoyé par cette API."));
            }
        }

        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var entries = db.AuditEntries.AsNoTracking();
        if (beforeId is { } id)
        {
            entries = entries.Where(e => e.Id < id);
        }

        var rows = await entries.OrderByDescending(e => e.Id).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        var people = page.SelectMany(e => new[] { e.ActorId, e.TargetId }).OfType<Guid>().Distinct().ToList();
        var names = await db.Accounts.AsNoTracking().Where(a => people.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.DisplayName, cancellationToken);

        var items = page.Select(e => new AuditRow(
            e.Id, e.ActorId, e.ActorId is { } actor ? names.GetValueOrDefault(actor) : null, e.Action,
            e.TargetId, e.TargetId is { } target ? names.GetValueOrDefault(target) : null, e.Details, e.OccurredAt)).ToList();
        return TypedResults.Ok(new CursorPage<AuditRow>(
            items, rows.Count > pageSize ? Cursor.Encode(page[^1].Id.ToString(CultureInfo.InvariantCulture)) : null));
    }
}
