using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>Who is typing to the person told: <see cref="With"/>, the other side of their conversation.</summary>
internal sealed record TypingLive(Guid With);

/// <summary>
/// "Alice is typing…": the writer's app says so every few seconds while a message is being
/// written, and the other person's open apps show it until it stops or the message arrives.
/// Nothing is stored.
/// </summary>
internal static class TypingSignal
{
    public const string Typing = "message.typing";

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/with/{personId:guid}/typing", TypingAsync).WithSummary("Tells a colleague's open apps that you are writing to them.");

    private static async Task<Results<NoContent, ProblemHttpResult>> TypingAsync(
        Guid personId, HttpContext context, IProfileDirectory directory, IAccountStatus accounts, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        var person = await DirectMessageEndpoints.CorrespondentAsync(me, personId, directory, accounts, context.RequestAborted);
        if (person is null)
        {
            return DirectMessageEndpoints.NoSuchPerson();
        }

        // A former employee has no app open to tell.
        if (!person.IsFormerEmployee)
        {
            await live.ToPeopleAsync([personId], Typing, new TypingLive(me), context.RequestAborted);
        }

        return TypedResults.NoContent();
    }
}
