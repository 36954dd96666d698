using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Notifications.Delivery;

/// <summary>Turns one integration event into notifications, stored with the event's handling and pushed after commit.</summary>
internal abstract class NotifyingConsumer<TEvent>(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : IdempotentConsumer<TEvent, NotificationsDbContext>(db, clock)
    where TEvent : IntegrationEvent
{
    private IReadOnlyList<InboxChange> awake = [];

    protected abstract Task<IReadOnlyList<NotificationDraft>> DraftsAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    protected sealed override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        awake = await writer.WriteAsync(await DraftsAsync(integrationEvent, cancellationToken), integrationEvent.OccurredAt, cancellationToken);

    protected sealed override Task AfterCommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        hints.PushAsync(awake, cancellationToken);
}
