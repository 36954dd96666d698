using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

internal sealed class MessageReadings(ActivityDbContext db) : IMessageReadings
{
    public Task<bool> HasReadAsync(Guid personId, Guid messageId, CancellationToken cancellationToken) => (
        from message in db.DirectMessages
        where message.Id == messageId
        join side in db.DirectParticipants on message.ConversationId equals side.ConversationId
        where side.PersonId == personId && side.ReadUpTo >= message.Sequence
        select side).AnyAsync(cancellationToken);
}
