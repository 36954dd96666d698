using EnterpriseSocial.Notifications.Domain;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>
/// What one write did to one person's notifications: the entries it changed, which took the
/// numbers right after <see cref="Since"/> in this order, and how many of them became unread.
/// </summary>
internal sealed class InboxChange(Guid personId, long since)
{
    public Guid PersonId { get; } = personId;

    public long Since { get; } = since;

    public List<Notification> Changed { get; } = [];

    public int UnreadAdded { get; set; }

    public long Sequence => Since + Changed.Count;

    /// <summary>One person's changes numbered one after the other, as one.</summary>
    public static InboxChange Join(IEnumerable<InboxChange> consecutive)
    {
        var changes = consecutive.OrderBy(c => c.Since).ToList();
        var joined = new InboxChange(changes[0].PersonId, changes[0].Since) { UnreadAdded = changes.Sum(c => c.UnreadAdded) };
        joined.Changed.AddRange(changes.SelectMany(c => c.Changed));
        return joined;
    }
}
