namespace EnterpriseSocial.Notifications.Contracts;

/// <summary>
/// The kinds of notification, as the API, the preferences and the e-mail-avoided counts name them.
/// A module that raises a new kind adds its name here.
/// </summary>
public static class NotificationTypes
{
    public const string Mention = "mention";
    public const string Reply = "reply";
    public const string Reaction = "reaction";
    public const string Follower = "follower";
    public const string SpaceInvitation = "space-invitation";
    public const string JoinRequest = "join-request";
    public const string JoinDecided = "join-decided";
    public const string Announcement = "announcement";
    public const string Moderation = "moderation";
    public const string BestAnswer = "best-answer";
    public const string Praise = "praise";
    public const string Badge = "badge";
    public const string Message = "message";

    public static readonly IReadOnlyList<string> All =
        [Mention, Reply, Reaction, Follower, SpaceInvitation, JoinRequest, JoinDecided, Announcement, Moderation, BestAnswer, Praise, Badge, Message];

    /// <summary>What reaches the e-mail digest unless the person chooses otherwise: what asks something of them, and praise.</summary>
    public static readonly IReadOnlySet<string> EmailedByDefault =
        new HashSet<string> { Mention, Reply, SpaceInvitation, JoinRequest, JoinDecided, Announcement, Moderation, BestAnswer, Praise, Message };
}
