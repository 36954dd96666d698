using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

internal sealed class MessageReadings(ActivityDbContext db) : IMessageReadings
{
    public async Task<bool> HasReadAsync(Guid personId, Guid messageId, CancellationToken cancellationToken)
    {
        var message = await db.DirectMessages.AsNoTracking().Where(m => m.Id == messageId)
            .Select(m => new { m.ConversationId, m.Sequence }).SingleOrDefaultAsync(cancellationToken);
        return message is not null && await db.DirectParticipants.AnyAsync(
            p => p.PersonId == personId && p.ConversationId == message.ConversationId && p.ReadUpTo >= message.Sequence, cancellationToken);
    }
}
