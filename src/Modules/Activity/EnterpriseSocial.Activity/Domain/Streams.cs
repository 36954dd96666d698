namespace EnterpriseSocial.Activity.Domain;

/// <summary>Why a post is in someone's home timeline; unfollowing removes what came by that way.</summary>
internal enum TimelineReason
{
    Own = 0,
    FollowedPerson = 1,
    FollowedTopic = 2,
    SpaceMember = 3,
}

/// <summary>One post in one person's precomputed home timeline (fan-out on write).</summary>
internal sealed class TimelineEntry
{
    public Guid OwnerId { get; set; }

    public long PostSequence { get; set; }

    public Guid AuthorId { get; set; }

    public TimelineReason Reason { get; set; }
}

/// <summary>When a person last read their home stream; people away longer than a setting get no fan-out.</summary>
internal sealed class FeedReader
{
    public Guid PersonId { get; set; }

    public DateTimeOffset LastReadAt { get; set; }
}

internal enum AudienceKind
{
    Person = 0,
    Topic = 1,
    Space = 2,
}

/// <summary>
/// An author or topic whose followers passed the large-audience threshold: their posts are merged
/// into home streams when read instead of being copied into every timeline. Once large, it stays large.
/// </summary>
internal sealed class LargeAudience
{
    public AudienceKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;
}

internal sealed class SavedPost
{
    public long Sequence { get; private set; }

    public Guid PersonId { get; set; }

    public Guid PostId { get; set; }

    public long PostSequence { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

internal enum MuteKind
{
    Person = 0,
    Topic = 1,
    Conversation = 2,
}

/// <summary>Something a person no longer wants in their streams: a person, a topic or one conversation.</summary>
internal sealed class Mute
{
    public Guid PersonId { get; set; }

    public MuteKind Kind { get; set; }

    public string Key { get; set; } = string.Empty;
}
