using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Features.Preferences;

internal sealed record MutedView(string Kind, Guid Id, string? Name);

internal sealed record MutesView(IReadOnlyList<MutedView> Items);

/// <summary>
/// Silencing a conversation, a space or one's messages with a colleague: their notifications stop;
/// the content stays in the streams, and the messages still wait in Messages (ADR 0057).
/// </summary>
internal static class MuteEndpoints
{
    private const int MaxMutes = 500;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/mutes", ListAsync).WithSummary("The conversations, spaces and colleagues' messages you no longer get notifications about.");
        group.MapPut("/mutes/{kind}/{id:guid}", MuteAsync).WithSummary("Stops notifications about a conversation (post id), a space, or your messages with a colleague (person id).");
        group.MapDelete("/mutes/{kind}/{id:guid}", UnmuteAsync).WithSummary("Brings them back.");
    }

    private static async Task<Ok<MutesView>> ListAsync(
        HttpContext context, NotificationsDbContext db, IPostGlimpses posts, ISpaceAccess spaces, IDirectConversations conversations, IProfileDirectory directory)
    {
        var me = context.User.PersonId()!.Value;
        var mutes = await db.Mutes.AsNoTracking().Where(m => m.PersonId == me).ToListAsync(context.RequestAborted);
        List<Guid> Targets(MuteKind kind) => mutes.Where(m => m.Kind == kind).Select(m => m.TargetId).ToList();
        var postExcerpts = (await posts.VisibleToAsync(me, Targets(MuteKind.Conversation), context.RequestAborted)).ToDictionary(p => p.Key, p => p.Value.Excerpt);
        var spaceNames = await spaces.NamesAsync((await spaces.ReadableAsync(me, Targets(MuteKind.Space), context.RequestAborted)).ToList(), context.RequestAborted);
        var correspondents = await conversations.CorrespondentsAmongAsync(me, Targets(MuteKind.Messages), context.RequestAborted);
        var people = (await directory.GetSummariesAsync(correspondents.ToList(), context.RequestAborted)).ToDictionary(p => p.Id, p => p.DisplayName);
        var names = new Dictionary<MuteKind, IReadOnlyDictionary<Guid, string>>
        {
            [MuteKind.Conversation] = postExcerpts, [MuteKind.Space] = spaceNames, [MuteKind.Messages] = people,
        };
        // What the person can no longer see is left out, as everywhere: its mute stays, harmless.
        var items = mutes.Where(m => names[m.Kind].ContainsKey(m.TargetId))
            .Select(m => new MutedView(Name(m.Kind), m.TargetId, names[m.Kind][m.TargetId])).ToList();
        return TypedResults.Ok(new MutesView(items));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MuteAsync(
        string kind, Guid id, HttpContext context, NotificationsDbContext db, IPostGlimpses posts, ISpaceAccess spaces, IDirectConversations conversations)
    {
        var me = context.User.PersonId()!.Value;
        if (Parse(kind) is not { } muteKind)
        {
            return Invalid();
        }

        var exists = muteKind switch
        {
            MuteKind.Conversation => (await posts.VisibleToAsync(me, [id], context.RequestAborted)).Count == 1,
            MuteKind.Space => (await spaces.ReadableAsync(me, [id], context.RequestAborted)).Count == 1,
            _ => (await conversations.CorrespondentsAmongAsync(me, [id], context.RequestAborted)).Count == 1,
        };
        if (!exists)
        {
            return ApiProblems.NotFound(muteKind == MuteKind.Space
                ? Bilingual.Text("There is no such space.", "Cet espace n'existe pas.")
                : Bilingual.Text("There is no such conversation.", "Cette conversation n'existe pas."));
        }

        if (await db.Mutes.CountAsync(m => m.PersonId == me, context.RequestAborted) >= MaxMutes
            && !await db.Mutes.AnyAsync(m => m.PersonId == me && m.Kind == muteKind && m.TargetId == id, context.RequestAborted))
        {
            return ApiProblems.Unprocessable(Bilingual.Text($"You can mute at most {MaxMutes} conversations and spaces; unmute some first.",
                $"Vous pouvez mettre en sourdine au plus {MaxMutes} conversations et espaces ; réactivez-en d'abord quelques-uns."));
        }

        await db.AddOnceAsync(new Mute { PersonId = me, Kind = muteKind, TargetId = id },
            m => m.PersonId == me && m.Kind == muteKind && m.TargetId == id, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> UnmuteAsync(string kind, Guid id, HttpContext context, NotificationsDbContext db)
    {
        if (Parse(kind) is not { } muteKind)
        {
            return Invalid();
        }

        var me = context.User.PersonId()!.Value;
        await db.Mutes.Where(m => m.PersonId == me && m.Kind == muteKind && m.TargetId == id).ExecuteDeleteAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static MuteKind? Parse(string kind) => kind switch
    {
        "conversation" => MuteKind.Conversation,
        "space" => MuteKind.Space,
        "messages" => MuteKind.Messages,
        _ => null,
    };

    private static string Name(MuteKind kind) => kind switch
    {
        MuteKind.Conversation => "conversation",
        MuteKind.Space => "space",
        _ => "messages",
    };

    private static ValidationProblem Invalid() => TypedResults.ValidationProblem(new ValidationErrors()
        .Add("kind", Bilingual.Text(
            "Mute a conversation by its post id, a space by its id, or your messages with a colleague by their id: /mutes/conversation/{id}, /mutes/space/{id}, /mutes/messages/{id}.",
            "Mettez en sourdine une conversation par l'identifiant de sa publication, un espace par son identifiant, ou vos messages avec un·e collègue par son identifiant : /mutes/conversation/{id}, /mutes/space/{id}, /mutes/messages/{id}.")).ToDictionary());
}
