using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Notifications.Features.Inbox;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>New entries as a client applies them when it holds every change up to <see cref="Since"/>.</summary>
internal sealed record NotificationPush(long Since, long Sequence, IReadOnlyList<NotificationView> Items, int UnreadAdded);

/// <summary>
/// Tells open clients that someone's notifications changed (ADR 0040). New activity is pushed with
/// the changed entries themselves, so a thousand people told of one announcement need not each
/// fetch it; a read mark, or an entry that cannot be shown, is an empty hint after which the client
/// fetches the changes. Nothing is pushed in a person's quiet hours: they find it when they next look.
/// </summary>
internal sealed class NotificationHints(ILiveUpdates live, NotificationPreferences preferences, NotificationViews views, TimeProvider clock)
{
    public const string Message = "notifications.changed";

    private static readonly object EmptyHint = new { };

    public async Task SendAsync(IReadOnlyList<Guid> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var settings = await preferences.ForAsync(people, cancellationToken);
        await live.ToPeopleAsync(people.Where(p => !settings[p].IsQuiet(now)).ToList(), Message, EmptyHint, cancellationToken);
    }

    /// <summary>To people already known to be outside their quiet hours, one message each.</summary>
    public async Task PushAsync(IReadOnlyList<InboxChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        var shown = await views.ViewForRecipientsAsync(changes.SelectMany(c => c.Changed).ToList(), cancellationToken);
        await live.ToEachAsync(changes.Select(change => (change.PersonId, Push(change, shown) ?? EmptyHint)).ToList(), Message, cancellationToken);
    }

    /// <summary>None when an entry may not be shown to its recipient: their client then fetches the changes, which leave it out.</summary>
    private static NotificationPush? Push(InboxChange change, Dictionary<Guid, NotificationView> shown)
    {
        var items = change.Changed.Select(n => shown.GetValueOrDefault(n.Id)).OfType<NotificationView>().ToList();
        return items.Count == change.Changed.Count ? new NotificationPush(change.Since, change.Sequence, items, change.UnreadAdded) : null;
    }
}
