using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

internal sealed class DirectConversations(ActivityDbContext db) : IDirectConversations
{
    public Task<bool> HasReadAsync(Guid personId, Guid messageId, CancellationToken cancellationToken) => (
        from message in db.DirectMessages
        where message.Id == messageId
        join side in db.DirectParticipants on message.ConversationId equals side.ConversationId
        where side.PersonId == personId && side.ReadUpTo >= message.Sequence
        select side).AnyAsync(cancellationToken);

    public async Task<IReadOnlySet<Guid>> CorrespondentsAmongAsync(Guid personId, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken) =>
        others.Count == 0 ? new HashSet<Guid>() : (await db.DirectParticipants.AsNoTracking()
            .Where(p => p.PersonId == personId && others.Contains(p.OtherPersonId))
            .Select(p => p.OtherPersonId).ToListAsync(cancellationToken)).ToHashSet();
}
