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
}
