namespace EnterpriseSocial.Activity.Features.Moderation;

internal sealed class ModerationSettings
{
    public const string Section = "Activity:Moderation";

    /// <summary>Content reported by this many different people is hidden until a moderator reviews it.</summary>
    public int HideAfterReports { get; set; } = 3;
}
