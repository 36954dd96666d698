using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.Following;

internal sealed record TopicFollowingView(string Topic, bool Following);

/// <summary>Following topics: hashtags shared across the whole company.</summary>
internal static class TopicEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/me/topics/{tag}", FollowAsync).WithSummary("Follows a topic (a hashtag); following twice is harmless.");
        group.MapGet("/me/topics/{tag}", IsFollowedAsync).WithSummary("Whether you follow a topic.");
        group.MapDelete("/me/topics/{tag}", UnfollowAsync).WithSummary("Stops following a topic.");
        group.MapGet("/{id:guid}/topics", ListAsync).WithSummary("The topics a person follows, newest first.");
    }

    private static ValidationProblem InvalidTopic() => TypedResults.ValidationProblem(new ValidationErrors()
        .Add("tag", Bilingual.Text(
            "A topic is a hashtag of letters, digits, '-' or '_', at most 100 characters.",
            "Un sujet est un hashtag composé de lettres, de chiffres, de '-' ou de '_', en 100 caractères au plus.")).ToDictionary());

    private static async Task<Results<NoContent, ValidationProblem>> FollowAsync(
        string tag, HttpContext context, ProfilesDbContext db, TimeProvider clock)
    {
        var topic = TopicName.Normalize(tag);
        var me = context.User.PersonId();
        if (topic is null || me is null)
        {
            return InvalidTopic();
        }

        if (!await db.TopicFollows.AnyAsync(t => t.FollowerId == me && t.Topic == topic, context.RequestAborted))
        {
            db.TopicFollows.Add(TopicFollow.Create(me.Value, topic, clock.GetUtcNow()));
            db.Publish(new TopicFollowed(me.Value, topic));
            try
            {
                await db.SaveChangesAsync(context.RequestAborted);
            }
            catch (DbUpdateException)
            {
                // Raced with the same request: the topic is followed, as asked.
            }
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<TopicFollowingView>, ValidationProblem>> IsFollowedAsync(string tag, HttpContext context, ProfilesDbContext db)
    {
        var topic = TopicName.Normalize(tag);
        var me = context.User.PersonId();
        if (topic is null || me is null)
        {
            return InvalidTopic();
        }

        var following = await db.TopicFollows.AnyAsync(t => t.FollowerId == me && t.Topic == topic, context.RequestAborted);
        return TypedResults.Ok(new TopicFollowingView(topic, following));
    }

    private static async Task<Results<NoContent, ValidationProblem>> UnfollowAsync(string tag, HttpContext context, ProfilesDbContext db)
    {
        var topic = TopicName.Normalize(tag);
        var me = context.User.PersonId();
        if (topic is null || me is null)
        {
            return InvalidTopic();
        }

        var followed = await db.TopicFollows.SingleOrDefaultAsync(t => t.FollowerId == me && t.Topic == topic, context.RequestAborted);
        if (followed is not null)
        {
            db.TopicFollows.Remove(followed);
            db.Publish(new TopicUnfollowed(me.Value, topic));
            await db.SaveChangesAsync(context.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<CursorPage<string>>, ValidationProblem, ProblemHttpResult>> ListAsync(
        Guid id, ProfilesDbContext db, CancellationToken cancellationToken, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (!await db.Profiles.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return FollowingEndpoints.NoSuchPerson();
        }

        var topics = db.TopicFollows.Where(t => t.FollowerId == id);
        if (before is { } sequence)
        {
            topics = topics.Where(t => t.Sequence < sequence);
        }

        var rows = await topics.OrderByDescending(t => t.Sequence).Take(pageSize + 1)
            .Select(t => new { t.Sequence, t.Topic }).ToListAsync(cancellationToken);
        var page = rows.Take(pageSize).ToList();
        return TypedResults.Ok(new CursorPage<string>(
            page.Select(r => r.Topic).ToList(), rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
