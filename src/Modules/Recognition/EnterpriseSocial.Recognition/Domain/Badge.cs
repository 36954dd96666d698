namespace EnterpriseSocial.Recognition.Domain;

internal enum BadgeKind
{
    Praise,
    Achievement,
}

/// <summary>
/// A badge of the catalogue: given with praise, or earned by an achievement rule. Retiring a badge
/// stops it being given; the ones already given stay.
/// </summary>
internal sealed class Badge
{
    public const int NameMaxLength = 60;
    public const int DescriptionMaxLength = 300;
    public const int ValueMaxLength = 60;

    public static readonly IReadOnlyList<string> Icons = ["star", "heart", "rocket", "lightbulb", "handshake", "trophy", "medal", "sparkles", "shield", "compass"];

    public Guid Id { get; set; }

    public BadgeKind Kind { get; set; }

    public string NameFr { get; set; } = string.Empty;

    public string NameEn { get; set; } = string.Empty;

    public string DescriptionFr { get; set; } = string.Empty;

    public string DescriptionEn { get; set; } = string.Empty;

    /// <summary>The company value the badge stands for; achievements stand for contribution itself.</summary>
    public string? Value { get; set; }

    public string Icon { get; set; } = "star";

    /// <summary>0 without an uploaded image; raised at each upload, so that its address changes.</summary>
    public int ImageVersion { get; set; }

    /// <summary>The rule that awards it, for achievement badges.</summary>
    public string? AchievementKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
