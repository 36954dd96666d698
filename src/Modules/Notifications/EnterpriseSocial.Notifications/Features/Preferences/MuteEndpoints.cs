using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
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

/// <summary>Silencing a conversation or a space: its notifications stop; the content stays in the streams.</summary>
internal static class MuteEndpoints
{
    private const int MaxMutes = 500;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/mutes", ListAsync).WithSummary("The conversations and spaces you no longer get notifications about.");
        group.MapPut("/mutes/{kind}/{id:guid}", MuteAsync).WithSummary("Stops notifications about a conversation (post id) or a space.");
        group.MapDelete("/mutes/{kind}/{id:guid}", UnmuteAsync).WithSummary("Brings them back.");
    }

    private static async Task<Ok<MutesView>> ListAsync(HttpContext context, NotificationsDbContext db, IPostGlimpses posts, ISpaceAccess spaces)
    {
        var me = context.User.PersonId()!.Value;
        var mutes = await db.Mutes.AsNoTracking().Where(m => m.PersonId == me).ToListAsync(context.RequestAborted);
        var conversations = await posts.VisibleToAsync(me, mutes.Where(m => m.Kind == MuteKind.Conversation).Select(m => m.TargetId).ToList(), context.RequestAborted);
        var spaceIds = mutes.Where(m => m.Kind == MuteKind.Space).Select(m => m.TargetId).ToList();
        var readable = await spaces.ReadableAsync(me, spaceIds, context.RequestAborted);
        var names = await spaces.NamesAsync(readable.ToList(), context.RequestAborted);
        // What the person can no longer see is left out, as everywhere: its mute stays, harmless.
        var items = mutes.Select(m => m.Kind == MuteKind.Conversation
                ? conversations.TryGetValue(m.TargetId, out var post) ? new MutedView("conversation", m.TargetId, post.Excerpt) : null
                : names.TryGetValue(m.TargetId, out var name) ? new MutedView("space", m.TargetId, name) : null)
            .OfType<MutedView>().ToList();
        return TypedResults.Ok(new MutesView(items));
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MuteAsync(
        string kind, Guid id, HttpContext context, NotificationsDbContext db, IPostGlimpses posts, ISpaceAccess spaces)
    {
        var me = context.User.PersonId()!.Value;
        if (Parse(kind) is not { } muteKind)
        {
            return Invalid();
        }

        var exists = muteKind == MuteKind.Conversation
            ? (await posts.VisibleToAsync(me, [id], context.RequestAborted)).Count == 1
            : (await spaces.ReadableAsync(me, [id], context.RequestAborted)).Count == 1;
        if (!exists)
        {
            return ApiProblems.NotFound(muteKind == MuteKind.Conversation
                ? Bilingual.Text("There is no such conversation.", "Cette conversation n'existe pas.")
                : Bilingual.Text("There is no such space.", "Cet espace n'existe pas."));
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
        _ => null,
    };

    private static ValidationProblem Invalid() => TypedResults.ValidationProblem(new ValidationErrors()
        .Add("kind", Bilingual.Text("Mute a conversation by its post id or a space by its id: /mutes/conversation/{id}, /mutes/space/{id}.",
            "Mettez en sourdine une conversation par l'identifiant de sa publication, ou un espace par son identifiant : /mutes/conversation/{id}, /mutes/space/{id}.")).ToDictionary());
}
