namespace EnterpriseSocial.Activity.Domain;

internal enum ReportTarget
{
    Post,
    Comment,
    Person,

    /// <summary>A direct message, reported by the person it was sent to; only its sender is moderated.</summary>
    Message,
}

internal enum ReportStatus
{
    Open,
    Dismissed,
    Actioned,
}

/// <summary>Someone reported a post, a comment, a person or a message sent to them, with a reason; moderators act on it.</summary>
internal sealed class Report
{
    public const int ReasonMaxLength = 500;

    public long Sequence { get; set; }

    public Guid Id { get; set; }

    public ReportTarget TargetKind { get; set; }

    public Guid TargetId { get; set; }

    /// <summary>The space whose moderators handle it; null for company-wide content and people, handled by platform moderators.</summary>
    public Guid? SpaceId { get; set; }

    /// <summary>Empty when a keyword rule flagged the content rather than a person.</summary>
    public Guid ReporterId { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public ReportStatus Status { get; set; }
}

/// <summary>One moderation action, kept for the audit log: who did what, to what, why and when. Never changed.</summary>
internal sealed class ModerationEntry
{
    public long Sequence { get; set; }

    public Guid? SpaceId { get; set; }

    /// <summary>Empty for what the platform did by itself, such as hiding content reported by many people.</summary>
    public Guid ModeratorId { get; set; }

    public string Action { get; set; } = string.Empty;

    public ReportTarget TargetKind { get; set; }

    public Guid TargetId { get; set; }

    public Guid AuthorId { get; set; }

    public string Reason { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }
}

internal enum KeywordAction
{
    /// <summary>Publish, and put the content in the moderation queue.</summary>
    Flag,

    /// <summary>Refuse the content with the rule's message.</summary>
    Refuse,
}

/// <summary>A word or phrase administrators watch for, matched without case or accents.</summary>
internal sealed class KeywordRule
{
    public const int PatternMaxLength = 100;
    public const int MessageMaxLength = 300;

    public int Id { get; set; }

    public string Pattern { get; set; } = string.Empty;

    public bool WholeWord { get; set; }

    public KeywordAction Action { get; set; }

    public string Message { get; set; } = string.Empty;
}
