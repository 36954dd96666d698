using EnterpriseSocial.Notifications.Contracts;

namespace EnterpriseSocial.Notifications.Domain;

internal enum DigestFrequency
{
    Never,
    Daily,
    Weekly,
}

/// <summary>
/// How a person wants to be notified. Without a saved row the defaults apply: everything in the
/// app, a daily digest of what asks something of them, no e-mail outside working hours.
/// </summary>
internal sealed class NotificationSettings
{
    public static readonly TimeOnly WorkdayStart = new(8, 0);

    public static readonly TimeOnly WorkdayEnd = new(19, 0);

    public Guid PersonId { get; set; }

    public DigestFrequency Digest { get; set; } = DigestFrequency.Daily;

    public string TimeZone { get; set; } = "Europe/Paris";

    public string Language { get; set; } = "fr";

    public TimeOnly? QuietFrom { get; set; }

    public TimeOnly? QuietUntil { get; set; }

    public bool EmailOutsideWorkingHours { get; set; }

    /// <summary>Types kept out of the app, comma-separated.</summary>
    public string InAppOff { get; set; } = string.Empty;

    /// <summary>Types in the e-mail digest, comma-separated; null until the person chooses.</summary>
    public string? EmailOn { get; set; }

    public static NotificationSettings Defaults(Guid personId, string timeZone, string language) =>
        new() { PersonId = personId, TimeZone = timeZone, Language = language };

    public bool InApp(string type) => !Split(InAppOff).Contains(type);

    public bool Email(string type) => EmailOn is null ? NotificationTypes.EmailedByDefault.Contains(type) : Split(EmailOn).Contains(type);

    public void Choose(IEnumerable<(string Type, bool InApp, bool Email)> choices)
    {
        var list = choices.ToList();
        InAppOff = string.Join(',', list.Where(c => !c.InApp).Select(c => c.Type));
        EmailOn = string.Join(',', list.Where(c => c.Email).Select(c => c.Type));
    }

    /// <summary>The person's own clock; an unknown zone falls back to UTC rather than failing a delivery.</summary>
    public DateTime LocalTime(DateTimeOffset now) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? TimeZoneInfo.ConvertTime(now, zone).DateTime : now.UtcDateTime;

    /// <summary>In quiet hours nothing is pushed live and nothing is e-mailed; a range may cross midnight.</summary>
    public bool IsQuiet(DateTimeOffset now)
    {
        if (QuietFrom is not { } from || QuietUntil is not { } until || from == until)
        {
            return false;
        }

        var time = TimeOnly.FromDateTime(LocalTime(now));
        return from < until ? time >= from && time < until : time >= from || time < until;
    }

    /// <summary>The right to disconnect: e-mail only on working days and hours, unless the person allows more.</summary>
    public bool MayEmail(DateTimeOffset now)
    {
        if (IsQuiet(now))
        {
            return false;
        }

        if (EmailOutsideWorkingHours)
        {
            return true;
        }

        var local = LocalTime(now);
        var time = TimeOnly.FromDateTime(local);
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && time >= WorkdayStart && time < WorkdayEnd;
    }

    private static HashSet<string> Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
