using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Topics;

/// <summary>Hashtag completion for the composer: topics already used in posts the caller may read.</summary>
internal static class SuggestTopicsEndpoint
{
    private const int Suggestions = 8;

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/topics", HandleAsync).WithSummary("Topics starting with a prefix, in alphabetical order, for hashtag completion.");

    private static async Task<Results<Ok<List<string>>, ValidationProblem>> HandleAsync(
        string? prefix, HttpContext context, ActivityDbContext db, PostAccess access)
    {
        if (TopicName.Normalize(prefix) is not { } start)
        {
            return TypedResults.ValidationProblem(new ValidationErrors()
                .Add("prefix", Bilingual.Text("Give the first letters of a topic: letters, digits, - and _.",
                    "Indiquez les premières lettres d'un sujet : lettres, chiffres, - et _.")).ToDictionary());
        }

        // The range lets the database seek the topic index; StartsWith keeps the answer exact under
        // collations that ignore punctuation. string.Compare becomes the database's own comparison.
        var end = start + char.MaxValue;
        var visible = (await access.VisibleAsync(context.User.PersonId()!.Value, context.RequestAborted));
#pragma warning disable CA1309
        var topics = await db.PostTopics.AsNoTracking()
            .Where(t => string.Compare(t.Topic, start) >= 0 && string.Compare(t.Topic, end) < 0 && t.Topic.StartsWith(start))
#pragma warning restore CA1309
            .Where(t => visible.Any(p => p.Sequence == t.PostSequence && p.DeletedAt == null))
            .Select(t => t.Topic).Distinct().OrderBy(t => t).Take(Suggestions)
            .ToListAsync(context.RequestAborted);
        return TypedResults.Ok(topics);
    }
}
