using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>The messages a person may act on (change, report): those still there in their own conversations.</summary>
internal static class ConversationMessages
{
    /// <summary>The message with the conversation's other person; null for a deleted message or someone else's conversation, as for none.</summary>
    public static async Task<(DirectMessage Message, Guid Other)?> FindAsync(ActivityDbContext db, Guid me, Guid id, CancellationToken cancellationToken)
    {
        var message = await db.DirectMessages.SingleOrDefaultAsync(m => m.Id == id && m.DeletedAt == null, cancellationToken);
        var other = message is null ? null : await db.DirectParticipants
            .Where(p => p.PersonId == me && p.ConversationId == message.ConversationId)
            .Select(p => (Guid?)p.OtherPersonId).SingleOrDefaultAsync(cancellationToken);
        return other is { } person ? (message!, person) : null;
    }
}
