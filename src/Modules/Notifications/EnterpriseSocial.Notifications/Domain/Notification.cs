namespace EnterpriseSocial.Notifications.Domain;

/// <summary>
/// One entry of a person's notifications. Events with the same <see cref="GroupKey"/> update it
/// ("Alice and 4 others reacted to your post"); every change, read marks included, takes the person's
/// next sequence number.
/// </summary>
internal sealed class Notification
{
    /// <summary>Beyond this many actors a group keeps counting without remembering who.</summary>
    public const int RememberedActors = 50;

    public const int GroupKeyMaxLength = 120;

    public const int ReasonMaxLength = 500;

    private Notification()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    /// <summary>The entry's place in the person's order of activity: the centre lists by it, digests follow it.</summary>
    public long Sequence { get; private set; }

    /// <summary>
    /// The number of the entry's latest change, new activity or a read mark, from the same counter:
    /// what a catch-up since a number returns, so another open app learns of a read mark too.
    /// </summary>
    public long ChangeSequence { get; private set; }

    public string Type { get; private set; } = string.Empty;

    public string GroupKey { get; private set; } = string.Empty;

    /// <summary>The distinct people behind the entry, most recent first, comma-separated.</summary>
    public string Actors { get; private set; } = string.Empty;

    public int ActorCount { get; private set; }

    public Guid? PostId { get; private set; }

    public Guid? CommentId { get; private set; }

    public Guid? SpaceId { get; private set; }

    public string? Detail { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>The sequence this entry had when an e-mail carried it: a digest never repeats it.</summary>
    public long? EmailedSequence { get; private set; }

    public bool IsRead => ReadAt is not null;

    public IReadOnlyList<Guid> ActorIds =>
        Actors.Length == 0 ? [] : Actors.Split(',').Select(Guid.Parse).ToList();

    public static Notification Create(NotificationDraft draft, long sequence, DateTimeOffset occurredAt)
    {
        var notification = new Notification
        {
            Id = Guid.CreateVersion7(occurredAt),
            RecipientId = draft.RecipientId,
            Type = draft.Type,
            GroupKey = draft.GroupKey,
            CreatedAt = occurredAt,
            UpdatedAt = occurredAt,
        };
        notification.Apply(draft, sequence, occurredAt);
        return notification;
    }

    /// <summary>
    /// Takes in a new event of the group: the entry is unread again, and once read a group starts
    /// over, so "and 4 others" always counts what the person has not seen. Events may be handled
    /// out of order, so only the latest by the time it occurred leads the entry and gives its detail.
    /// </summary>
    public void Apply(NotificationDraft draft, long sequence, DateTimeOffset occurredAt)
    {
        var actors = IsRead ? [] : ActorIds.ToList();
        var count = IsRead ? 0 : ActorCount;
        var latest = IsRead || actors.Count == 0 || occurredAt >= UpdatedAt;
        if (draft.ActorId is { } actor)
        {
            var known = actors.Remove(actor);
            actors.Insert(latest ? 0 : actors.Count, actor);
            count += known ? 0 : 1;
            Actors = string.Join(',', actors.Take(RememberedActors));
        }

        ActorCount = count;
        Sequence = sequence;
        ChangeSequence = sequence;
        ReadAt = null;
        if (!latest)
        {
            return;
        }

        PostId = draft.PostId ?? PostId;
        CommentId = draft.CommentId ?? CommentId;
        SpaceId = draft.SpaceId ?? SpaceId;
        Detail = draft.Detail;
        Reason = draft.Reason is null ? null : draft.Reason[..Math.Min(draft.Reason.Length, ReasonMaxLength)];
        UpdatedAt = occurredAt;
    }

    public void MarkRead(DateTimeOffset now, long change)
    {
        ReadAt ??= now;
        ChangeSequence = change;
    }

    public void MarkUnread(long change)
    {
        ReadAt = null;
        ChangeSequence = change;
    }

    public void MarkEmailed() => EmailedSequence = Sequence;
}

/// <summary>What an event means for one person, before it is grouped and stored.</summary>
internal sealed record NotificationDraft(
    Guid RecipientId,
    string Type,
    string GroupKey,
    Guid? ActorId,
    Guid? PostId = null,
    Guid? CommentId = null,
    Guid? SpaceId = null,
    string? Detail = null,
    string? Reason = null);
