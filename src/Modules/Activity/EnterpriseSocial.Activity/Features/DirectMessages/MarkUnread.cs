using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>
/// "Mark as unread": the colleague's latest message waits again, in the conversations list and the
/// navigation, as a reminder to answer. The bell is left as it is: its entry was read.
/// </summary>
internal static class MarkUnread
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/with/{personId:guid}/unread", MarkUnreadAsync).WithSummary("Makes a colleague's latest message to you unread again.");

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkUnreadAsync(
        Guid personId, HttpContext context, ActivityDbContext db, IProfileDirectory directory, IAccountStatus accounts, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        if (await DirectMessageEndpoints.CorrespondentAsync(me, personId, directory, accounts, context.RequestAborted) is null)
        {
            return DirectMessageEndpoints.NoSuchPerson();
        }

        var conversation = DirectConversation.IdOf(me, personId);
        var latest = await db.DirectMessages.Where(m => m.ConversationId == conversation && m.SenderId == personId && m.DeletedAt == null)
            .MaxAsync(m => (long?)m.Sequence, context.RequestAborted);
        if (latest is null)
        {
            return ApiProblems.Unprocessable(Bilingual.Text(
                "This colleague has written you nothing to mark as unread.", "Cette personne ne vous a rien écrit à marquer comme non lu."));
        }

        await db.DirectParticipants.Where(p => p.PersonId == me && p.OtherPersonId == personId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReadUpTo, latest.Value - 1), context.RequestAborted);
        // The reader's other apps count again, as after a reading.
        await live.ToPeopleAsync([me], DirectMessageEndpoints.MessagesRead, new MessagesReadLive(personId), context.RequestAborted);
        return TypedResults.NoContent();
    }
}
