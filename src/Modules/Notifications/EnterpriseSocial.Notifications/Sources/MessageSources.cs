using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Sources;

/// <summary>A direct message: one entry per conversation, brought up again by each message that follows unless it was read since.</summary>
internal sealed class OnDirectMessageSent(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<DirectMessageSent>(db, clock, writer, hints)
{
    public static string GroupKey(Guid conversationId) => $"message:{conversationId}";

    public static NotificationDraft Draft(DirectMessageSent sent) => new(sent.RecipientId, NotificationTypes.Message, GroupKey(sent.ConversationId), sent.SenderId);

    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(DirectMessageSent sent, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>([Draft(sent)]);

    /// <summary>
    /// A reading handled before the message it read, as the outbox may deliver them, already read
    /// the entry: the message does not bring it back up. Held first, as reading holds it.
    /// </summary>
    protected override async Task<IReadOnlyList<NotificationDraft>> StillToTellAsync(
        IReadOnlyList<NotificationDraft> prepared, DirectMessageSent sent, CancellationToken cancellationToken)
    {
        await InboxCounters.HoldAsync(Context, sent.RecipientId, cancellationToken);
        var key = GroupKey(sent.ConversationId);
        var readAt = await Context.Notifications.Where(n => n.RecipientId == sent.RecipientId && n.GroupKey == key)
            .Select(n => n.ReadAt).SingleOrDefaultAsync(cancellationToken);
        return readAt >= sent.OccurredAt ? [] : prepared;
    }
}

/// <summary>Reading a conversation reads its entry: the bell does not ask again for what the person has seen.</summary>
internal sealed class OnDirectMessagesRead(NotificationsDbContext db, TimeProvider clock, NotificationHints hints)
    : IdempotentConsumer<DirectMessagesRead, NotificationsDbContext>(db, clock)
{
    private bool marked;

    protected override async Task HandleOnceAsync(DirectMessagesRead read, CancellationToken cancellationToken)
    {
        // Held first, as marking in the centre does, so that no new message joins the entry between reading and marking it.
        await InboxCounters.HoldAsync(Context, read.ReaderId, cancellationToken);
        var key = OnDirectMessageSent.GroupKey(read.ConversationId);
        var entry = await Context.Notifications.SingleOrDefaultAsync(n => n.RecipientId == read.ReaderId && n.GroupKey == key, cancellationToken);
        // A message that came after the reading keeps its entry unread.
        if (entry is null || entry.UpdatedAt > read.OccurredAt)
        {
            return;
        }

        // Already read: the time of this reading keeps a message it read, handled after it, from bringing the entry back up.
        if (entry.IsRead)
        {
            entry.ReadAgain(read.OccurredAt);
            return;
        }

        entry.MarkRead(read.OccurredAt, await InboxCounters.ReserveAsync(Context, read.ReaderId, 1, cancellationToken));
        marked = true;
    }

    protected override Task AfterCommitAsync(DirectMessagesRead read, CancellationToken cancellationToken) =>
        marked ? hints.SendAsync([read.ReaderId], cancellationToken) : Task.CompletedTask;
}
