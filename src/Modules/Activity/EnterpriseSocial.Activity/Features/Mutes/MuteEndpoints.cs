using System.Linq.Expressions;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Mutes;

internal sealed record MuteView(string Kind, string Key);

/// <summary>Muting a person, a topic or a conversation keeps it out of your streams; nobody is told.</summary>
internal static class MuteEndpoints
{
    private const int MaxMutes = 1000;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/mutes", ListAsync).WithSummary("What you muted.");
        group.MapPut("/mutes/{kind}/{key}", MuteAsync).WithSummary("Mutes a person (id), a topic (tag) or a conversation (post id).");
        group.MapDelete("/mutes/{kind}/{key}", UnmuteAsync).WithSummary("Unmutes it.");
    }

    private static async Task<Ok<List<MuteView>>> ListAsync(HttpContext context, ActivityDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        var mutes = await db.Mutes.AsNoTracking().Where(m => m.PersonId == me).ToListAsync(context.RequestAborted);
        return TypedResults.Ok(mutes.Select(m => new MuteView(Name(m.Kind), m.Key)).ToList());
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> MuteAsync(
        string kind, string key, HttpContext context, ActivityDbContext db, MutesOnNode node)
    {
        var me = context.User.PersonId()!.Value;
        if (Parse(kind, key) is not { } mute)
        {
            return Invalid();
        }

        if (mute.Kind == MuteKind.Person && mute.Key == me.ToString())
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You cannot mute yourself.", "Vous ne pouvez pas vous masquer vous-même."));
        }

        Expression<Func<Mute, bool>> muted = m => m.PersonId == me && m.Kind == mute.Kind && m.Key == mute.Key;
        if (await db.Mutes.CountAsync(m => m.PersonId == me, context.RequestAborted) >= MaxMutes && !await db.Mutes.AnyAsync(muted, context.RequestAborted))
        {
            return ApiProblems.Unprocessable(Bilingual.Text($"You can mute at most {MaxMutes} things; unmute some first.", $"Vous pouvez masquer au plus {MaxMutes} éléments ; démasquez-en d'abord."));
        }

        await db.AddOnceAsync(new Mute { PersonId = me, Kind = mute.Kind, Key = mute.Key }, muted, context.RequestAborted);
        node.Answers.Forget();
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ValidationProblem>> UnmuteAsync(string kind, string key, HttpContext context, ActivityDbContext db, MutesOnNode node)
    {
        var me = context.User.PersonId()!.Value;
        if (Parse(kind, key) is not { } mute)
        {
            return Invalid();
        }

        await db.Mutes.Where(m => m.PersonId == me && m.Kind == mute.Kind && m.Key == mute.Key).ExecuteDeleteAsync(context.RequestAborted);
        node.Answers.Forget();
        return TypedResults.NoContent();
    }

    private static ValidationProblem Invalid() => TypedResults.ValidationProblem(new ValidationErrors()
        .Add("kind", Bilingual.Text("Mute a person by id, a topic by tag, or a conversation by post id: /mutes/person/{id}, /mutes/topic/{tag}, /mutes/conversation/{id}.",
            "Masquez une personne par son identifiant, un sujet par son nom ou une conversation par l'identifiant de sa publication : /mutes/person/{id}, /mutes/topic/{tag}, /mutes/conversation/{id}."))
        .ToDictionary());

    private static (MuteKind Kind, string Key)? Parse(string kind, string key) => kind switch
    {
        "person" when Guid.TryParse(key, out var person) => (MuteKind.Person, person.ToString()),
        "conversation" when Guid.TryParse(key, out var post) => (MuteKind.Conversation, post.ToString()),
        "topic" when TopicName.Normalize(key) is { } topic => (MuteKind.Topic, topic),
        _ => null,
    };

    private static string Name(MuteKind kind) => kind switch
    {
        MuteKind.Person => "person",
        MuteKind.Topic => "topic",
        _ => "conversation",
    };
}
