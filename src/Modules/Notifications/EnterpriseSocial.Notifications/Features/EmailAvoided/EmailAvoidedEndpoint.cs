using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Features.EmailAvoided;

internal sealed record Counts(int InApp, int Emailed);

internal sealed record DayView(DateOnly Day, int InApp, int Emailed, IReadOnlyDictionary<string, Counts> ByType);

internal sealed record TotalsView(int InApp, int Emailed, IReadOnlyDictionary<string, Counts> ByType);

internal sealed record EmailAvoidedView(IReadOnlyList<DayView> Days, TotalsView Totals);

/// <summary>
/// The measure the product is judged by: notifications delivered in the app, each one an e-mail a
/// conventional system would have sent, beside the e-mails actually sent. Counts only, never people.
/// </summary>
internal static class EmailAvoidedEndpoint
{
    public const int MaxDays = 366;

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/email-avoided", GetAsync).RequireAuthorization(Capabilities.ViewParticipationAnalytics)
            .WithSummary("Per day and type, notifications delivered in the app and e-mails sent.");

    private static async Task<Results<Ok<EmailAvoidedView>, ValidationProblem>> GetAsync(int? days, NotificationsDbContext db, TimeProvider clock, HttpContext context)
    {
        var span = days ?? 30;
        if (span is < 1 or > MaxDays)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("days", Bilingual.Text($"days is between 1 and {MaxDays}.",
                $"days est compris entre 1 et {MaxDays}.")).ToDictionary());
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = today.AddDays(1 - span);
        var rows = await db.DeliveryCounts.AsNoTracking().Where(c => c.Day >= from).ToListAsync(context.RequestAborted);
        var byDay = rows.ToLookup(r => r.Day);
        var daysView = Enumerable.Range(0, span).Select(offset => from.AddDays(offset)).Select(day => new DayView(
            day, byDay[day].Sum(r => r.InApp), byDay[day].Sum(r => r.Emailed),
            byDay[day].ToDictionary(r => r.Type, r => new Counts(r.InApp, r.Emailed)))).ToList();
        var byType = rows.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => new Counts(g.Sum(r => r.InApp), g.Sum(r => r.Emailed)));
        return TypedResults.Ok(new EmailAvoidedView(daysView, new TotalsView(rows.Sum(r => r.InApp), rows.Sum(r => r.Emailed), byType)));
    }
}
