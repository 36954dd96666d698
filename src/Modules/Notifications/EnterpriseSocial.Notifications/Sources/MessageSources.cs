using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Sources;

/// <summary>
/// A direct message: one entry per conversation, brought up again by each message that follows,
/// unless its recipient has read it already (the outbox may hand over a reading before the message it read).
/// </summary>
internal sealed class OnDirectMessageSent(
    NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints, IDirectConversations conversations)
    : NotifyingConsumer<DirectMessageSent>(db, clock, writer, hints)
{
    public static string GroupKey(Guid conversationId) => $"message:{conversationId}";

    public static NotificationDraft Draft(DirectMessageSent sent) => new(sent.RecipientId, NotificationTypes.Message, GroupKey(sent.ConversationId), sent.SenderId);

    protected override async Task<IReadOnlyList<NotificationDraft>> DraftsAsync(DirectMessageSent sent, CancellationToken cancellationToken) =>
        await conversations.HasReadAsync(sent.RecipientId, sent.MessageId, cancellationToken) ? [] : [Draft(sent)];
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
        var entry = await Context.Notifications.SingleOrDefaultAsync(n => n.RecipientId == read.ReaderId && n.GroupKey == key && n.ReadAt == null, cancellationToken);
        // A message that came after the reading keeps its entry unread.
        if (entry is null || entry.UpdatedAt > read.OccurredAt)
        {
            return;
        }

        entry.MarkRead(read.OccurredAt, await InboxCounters.ReserveAsync(Context, read.ReaderId, 1, cancellationToken));
        marked = true;
    }

    protected override Task AfterCommitAsync(DirectMessagesRead read, CancellationToken cancellationToken) =>
        marked ? hints.SendAsync([read.ReaderId], cancellationToken) : Task.CompletedTask;
}
