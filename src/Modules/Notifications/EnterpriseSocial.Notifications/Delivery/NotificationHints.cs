using EnterpriseSocial.Infrastructure.RealTime;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>
/// Tells open clients that someone's notifications changed; they fetch the changes themselves.
/// Nothing is pushed in a person's quiet hours: they find it when they next look.
/// </summary>
internal sealed class NotificationHints(ILiveUpdates live, NotificationPreferences preferences, TimeProvider clock)
{
    public const string Message = "notifications.changed";

    public async Task SendAsync(IReadOnlyList<Guid> people, CancellationToken cancellationToken)
    {
        if (people.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var settings = await preferences.ForAsync(people, cancellationToken);
        await SendToAwakeAsync(people.Where(p => !settings[p].IsQuiet(now)).ToList(), cancellationToken);
    }

    /// <summary>To people already known to be outside their quiet hours.</summary>
    public Task SendToAwakeAsync(IReadOnlyList<Guid> awake, CancellationToken cancellationToken) =>
        live.ToPeopleAsync(awake, Message, new { }, cancellationToken);
}
