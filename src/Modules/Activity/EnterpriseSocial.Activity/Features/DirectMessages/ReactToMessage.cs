using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Reactions;
using EnterpriseSocial.Infrastructure.Http;
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
        group.MapDelete("/{id:guid}/reaction", (Guid id, HttpContext context, ActivityDbContext db, MessageViews views) =>
                SetAsync(id, null, context, db, views))
            .WithSummary("Takes back your reaction to a message.");
    }

    private static Task<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> ReactAsync(
        Guid id, ReactRequest request, HttpContext context, ActivityDbContext db, MessageViews views) =>
        request.Kind is { } kind && ReactionKinds.All.Contains(kind)
            ? SetAsync(id, kind, context, db, views)
            : Task.FromResult<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>>(ReactionEndpoints.UnknownKind());

    private static async Task<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> SetAsync(
        Guid id, string? kind, HttpContext context, ActivityDbContext db, MessageViews views)
    {
        var me = context.User.PersonId()!.Value;
        var found = await ConversationMessages.FindAsync(db, me, id, context.RequestAborted);
        if (found is not (var message, var other))
        {
            return ChangeMessage.NoSuchMessage();
        }

        var before = (message.SenderReaction, message.RecipientReaction);
        message.React(me, kind);
        if (before == (message.SenderReaction, message.RecipientReaction))
        {
            return TypedResults.Ok(await views.ForAsync(me, message, context.RequestAborted));
        }

        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(await views.TellBothAsync(DirectMessageEndpoints.MessageChanged, me, other, message, context.RequestAborted));
    }
}
