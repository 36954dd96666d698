using System.Globalization;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Notifications.Retention;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Notifications.Features.Preferences;

internal sealed record TypePreference(string Type, bool InApp, bool Email);

internal sealed record QuietHours(string Start, string End);

/// <summary>The person's choices, and how long their notifications are kept, which is the platform's (ADR 0043).</summary>
internal sealed record PreferencesView(
    IReadOnlyList<TypePreference> Types, string Digest, string TimeZone, string Language, QuietHours? QuietHours, bool EmailOutsideWorkingHours, int KeptForDays);

internal sealed record PreferencesRequest(
    IReadOnlyList<TypePreference>? Types, string? Digest, string? TimeZone, string? Language, QuietHours? QuietHours, bool? EmailOutsideWorkingHours);

/// <summary>Per type and channel, the digest's rhythm, quiet hours and the person's clock.</summary>
internal static class PreferenceEndpoints
{
    private static readonly string[] Languages = ["fr", "en"];

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/preferences", GetAsync).WithSummary("How you want to be notified.");
        group.MapPut("/preferences", SaveAsync).WithSummary("Saves how you want to be notified.");
    }

    private static async Task<Ok<PreferencesView>> GetAsync(HttpContext context, NotificationPreferences preferences, IOptions<RetentionOptions> retention)
    {
        var me = context.User.PersonId()!.Value;
        return TypedResults.Ok(View((await preferences.ForAsync([me], context.RequestAborted))[me], retention.Value));
    }

    private static async Task<Results<Ok<PreferencesView>, ValidationProblem>> SaveAsync(
        PreferencesRequest request, HttpContext context, NotificationsDbContext db, NotificationPreferences preferences, IOptions<RetentionOptions> retention)
    {
        var digest = Enum.TryParse<DigestFrequency>(request.Digest, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed : (DigestFrequency?)null;
        var quietFrom = ParseTime(request.QuietHours?.Start);
        var quietUntil = ParseTime(request.QuietHours?.End);
        var types = request.Types ?? [];
        var errors = new ValidationErrors()
            .AddIf(types.Any(t => !NotificationTypes.All.Contains(t.Type)) || types.DistinctBy(t => t.Type).Count() != types.Count,
                "types", Bilingual.Text($"Each type once, among: {string.Join(", ", NotificationTypes.All)}.",
                    $"Chaque type une seule fois, parmi : {string.Join(", ", NotificationTypes.All)}."))
            .AddIf(digest is null, "digest", Bilingual.Text("digest is never, daily or weekly.", "digest vaut never, daily ou weekly."))
            .AddIf(request.TimeZone is null || !TimeZoneInfo.TryFindSystemTimeZoneById(request.TimeZone, out _), "timeZone", Bilingual.Text("timeZone is an IANA time zone such as Europe/Paris.",
                "timeZone est un fuseau horaire IANA, par exemple Europe/Paris."))
            .AddIf(!Languages.Contains(request.Language), "language", Bilingual.Text("language is fr or en.", "language vaut fr ou en."))
            .AddIf(request.QuietHours is not null && (quietFrom is null || quietUntil is null), "quietHours", Bilingual.Text("Quiet hours start and end as HH:mm.",
                "Indiquez le début et la fin des heures calmes au format HH:mm."))
            .AddIf(request.QuietHours is not null && quietFrom == quietUntil && quietFrom is not null, "quietHours", Bilingual.Text("Quiet hours end at another time than they start.",
                "Les heures calmes finissent à une autre heure que celle où elles commencent."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var settings = await preferences.ForUpdateAsync(me, context.RequestAborted);
        var current = View(settings, retention.Value).Types.ToDictionary(t => t.Type);
        foreach (var choice in types)
        {
            current[choice.Type] = choice;
        }

        settings.Choose(current.Values.Select(t => (t.Type, t.InApp, t.Email)));
        settings.Digest = digest!.Value;
        settings.TimeZone = request.TimeZone!;
        settings.Language = request.Language!;
        settings.QuietFrom = quietFrom;
        settings.QuietUntil = quietUntil;
        settings.EmailOutsideWorkingHours = request.EmailOutsideWorkingHours ?? false;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(View(settings, retention.Value));
    }

    private static PreferencesView View(NotificationSettings settings, RetentionOptions retention) => new(
        NotificationTypes.All.Select(t => new TypePreference(t, settings.InApp(t), settings.Email(t))).ToList(),
        settings.Digest.ToString().ToLowerInvariant(),
        settings.TimeZone,
        settings.Language,
        settings is { QuietFrom: { } from, QuietUntil: { } until } ? new QuietHours(Format(from), Format(until)) : null,
        settings.EmailOutsideWorkingHours,
        retention.KeptForDays);

    private static TimeOnly? ParseTime(string? value) =>
        TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
