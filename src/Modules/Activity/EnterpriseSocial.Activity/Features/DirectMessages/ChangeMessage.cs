using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

internal sealed record EditMessageRequest(string? Text);

/// <summary>
/// A sender rewrites or deletes a message they sent; both people's open apps see the change. A
/// deleted message keeps its place without its text (ADR 0054). A message outside one's own
/// conversations answers as missing; the other person's, as not one's to change.
/// </summary>
internal static class ChangeMessage
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPatch("/{id:guid}", EditAsync).WithSummary("Rewrites a message you sent; both of you see it marked as edited.");
        group.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Deletes a message you sent: it stays in the conversation as deleted, without its text.");
    }

    private static async Task<Results<Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> EditAsync(
        Guid id, EditMessageRequest request, HttpContext context, ActivityDbContext db, MessageViews views, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var text = request.Text?.Trim() ?? string.Empty;
        var found = await ConversationMessages.FindAsync(db, me, id, context.RequestAborted);
        if (found is not (var message, var other))
        {
            return NoSuchMessage();
        }

        if (message.SenderId != me)
        {
            return NotYours();
        }

        if (DirectMessageEndpoints.TextErrors(text, message.SharedPostId is not null) is { IsEmpty: false } errors)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (message.BodyMarkdown == text)
        {
            return TypedResults.Ok(await views.ForAsync(me, message, context.RequestAborted));
        }

        message.Edit(text, clock.GetUtcNow());
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.Ok(await views.TellBothAsync(DirectMessageEndpoints.MessageChanged, me, other, message, context.RequestAborted));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        Guid id, HttpContext context, ActivityDbContext db, MessageViews views, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var found = await ConversationMessages.FindAsync(db, me, id, context.RequestAborted);
        if (found is not (var message, var other))
        {
            return NoSuchMessage();
        }

        if (message.SenderId != me)
        {
            return NotYours();
        }

        message.Delete(clock.GetUtcNow());
        await db.SaveChangesAsync(context.RequestAborted);
        await views.TellBothAsync(DirectMessageEndpoints.MessageChanged, me, other, message, context.RequestAborted);
        return TypedResults.NoContent();
    }

    public static ProblemHttpResult NoSuchMessage() => ApiProblems.NotFound(Bilingual.Text("There is no such message.", "Ce message n'existe pas."));

    private static ProblemHttpResult NotYours() =>
        ApiProblems.Forbidden(Bilingual.Text("Only its sender changes a message.", "Seul son expéditeur peut modifier un message."));
}
