namespace EnterpriseSocial.Activity.Domain;

/// <summary>
/// A post its author asked to publish later. It is checked when scheduled and again when
/// published, as its author at that moment; if it can no longer be published it stays here with
/// the reason, for its author to see.
/// </summary>
internal sealed class ScheduledPost
{
    public const int MaxPerPerson = 100;

    public static readonly TimeSpan Horizon = TimeSpan.FromDays(365);

    public Guid Id { get; set; }

    public Guid AuthorId { get; set; }

    public Guid? SpaceId { get; set; }

    public DateTimeOffset PublishAt { get; set; }

    /// <summary>The publishing request as the author sent it, as JSON.</summary>
    public string Request { get; set; } = string.Empty;

    /// <summary>Whether the author could publish company-wide announcements when scheduling.</summary>
    public bool MayAnnounceCompanyWide { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The language the author scheduled it in ("fr" or "en"): a failure's reason is worded in it.</summary>
    public string Language { get; set; } = "en";

    public string? FailedReason { get; set; }
}
