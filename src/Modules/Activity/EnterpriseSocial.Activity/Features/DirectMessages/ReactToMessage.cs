using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Reactions;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>
/// Either person of a conversation reacts to any of its messages, once, as to a post; both open apps
/// see it. Nobody is notified: the reaction shows where the message is (ADR 0059).
/// </summary>
internal static class ReactToMessage
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/{id:guid}/reaction", ReactAsync)
            .WithSummary("Reacts to a message of your conversation; reacting again replaces your reaction.");
        group.MapDelete("/{id:guid}/reaction", (Guid id, HttpContext context, ActivityDbContext db, ILiveUpdates live) =>
                SetAsync(id, null, context, db, live))
            .WithSummary("Takes back your reaction to a message.");
    }

    private static Task<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> ReactAsync(
        Guid id, ReactRequest request, HttpContext context, ActivityDbContext db, ILiveUpdates live) =>
        request.Kind is { } kind && ReactionKinds.All.Contains(kind)
            ? SetAsync(id, kind, context, db, live)
            : Task.FromResult<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>>(ReactionEndpoints.UnknownKind());

    private static async Task<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid id, string? kind, HttpContext context, ActivityDbContext db, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        var found = await ConversationMessages.FindAsync(db, me, id, context.RequestAborted);
        if (found is not (var message, var other))
        {
            return ChangeMessage.NoSuchMessage();
        }

        var before = (message.SenderReaction, message.RecipientReaction);
        message.React(me, kind);
        if (before != (message.SenderReaction, message.RecipientReaction))
        {
            await db.SaveChangesAsync(context.RequestAborted);
            await ChangeMessage.TellBothAsync(live, me, other, message, context.RequestAborted);
        }

        return TypedResults.Ok(DirectMessageView.Of(message));
    }
}
