namespace EnterpriseSocial.Notifications.Domain;

/// <summary>
/// A person's place in their own notifications. Taking the next sequence number updates this row,
/// so two writers for one person are serialized and a number is never visible before a smaller one.
/// </summary>
internal sealed class Inbox
{
    public Guid PersonId { get; set; }

    public long LastSequence { get; set; }

    /// <summary>The highest sequence the app has fetched for the person: what they have seen.</summary>
    public long SeenSequence { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }

    public void Saw(long sequence, DateTimeOffset now)
    {
        SeenSequence = Math.Max(SeenSequence, Math.Min(sequence, LastSequence));
        LastSeenAt = now;
    }
}
