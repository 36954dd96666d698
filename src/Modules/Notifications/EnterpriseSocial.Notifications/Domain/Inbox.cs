namespace EnterpriseSocial.Notifications.Domain;

/// <summary>
/// A person's place in their own notifications. Taking the next sequence number updates this row,
/// so two writers for one person are serialized and a number is never visible before a smaller one.
/// </summary>
internal sealed class Inbox
{
    private static readonly TimeSpan VisitPrecision = TimeSpan.FromMinutes(1);

    public Guid PersonId { get; set; }

    public long LastSequence { get; set; }

    /// <summary>The highest sequence the app has fetched for the person: what they have seen.</summary>
    public long SeenSequence { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? LastDigestAt { get; set; }

    /// <summary>
    /// Notes what the app fetched. A visit is noted again only a minute after the last one: it tells
    /// who has been away for hours, and the thousands of clients that catch up at once after a
    /// reconnect need not each write that they saw nothing new.
    /// </summary>
    public void Saw(long sequence, DateTimeOffset now)
    {
        var seen = Math.Max(SeenSequence, Math.Min(sequence, LastSequence));
        if (seen == SeenSequence && LastSeenAt is { } last && now - last < VisitPrecision)
        {
            return;
        }

        SeenSequence = seen;
        LastSeenAt = now;
    }
}
