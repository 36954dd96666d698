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
    private IReadOnlyList<NotificationDraft> drafts = [];

    private IReadOnlyList<InboxChange> awake = [];

    /// <summary>Who may be told, read from other modules; the writer then keeps those who are told, inside the transaction.</summary>
    protected abstract Task<IReadOnlyList<NotificationDraft>> DraftsAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    /// <summary>The drafts are made before the transaction opens, so that on the embedded default no writer waits for them (ADR 0024).</summary>
    protected sealed override async Task PrepareAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        drafts = await DraftsAsync(integrationEvent, cancellationToken);

    protected sealed override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        awake = await writer.WriteAsync(drafts, integrationEvent.OccurredAt, cancellationToken);

    protected sealed override Task AfterCommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        hints.PushAsync(awake, cancellationToken);
}
