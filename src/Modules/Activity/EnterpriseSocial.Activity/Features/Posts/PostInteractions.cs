using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

internal sealed record VoteRequest(IReadOnlyList<int>? Options);

internal sealed record BestAnswerRequest(Guid? CommentId);

/// <summary>Voting in polls, choosing a question's best answer, acknowledging a must-read announcement.</summary>
internal static class PostInteractionEndpoints
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapPut("/posts/{id:guid}/vote", VoteAsync).WithSummary("Votes in a poll, replacing your earlier vote.");
        group.MapPut("/posts/{id:guid}/best-answer", BestAnswerAsync)
            .WithSummary("Marks a comment as the best answer to your question; null clears it.");
        group.MapPut("/posts/{id:guid}/acknowledgement", AcknowledgeAsync).WithSummary("Confirms you read a must-read announcement.");
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> VoteAsync(
        Guid id, VoteRequest request, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var post = await access.FindForWriteAsync(me, id, context.RequestAborted);
        if (post is null || post.IsDeleted)
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        if (post.Kind != PostKind.Poll || post.PollClosed(clock.GetUtcNow()))
        {
            return ApiProblems.Unprocessable(post.Kind != PostKind.Poll
                ? Bilingual.Text("This post is not a poll.", "Cette publication n'est pas un sondage.")
                : Bilingual.Text("This poll is closed.", "Ce sondage est clos."));
        }

        var choices = request.Options?.Distinct().ToList() ?? [];
        if (choices.Count == 0 || (!post.PollMultipleChoice && choices.Count > 1) || choices.Any(c => c < 0 || c >= post.PollOptions.Count))
        {
            return TypedResults.ValidationProblem(new ValidationErrors()
                .Add("options", post.PollMultipleChoice
                    ? Bilingual.Text("Choose one or more of the options by index.", "Choisissez une ou plusieurs des options par leur indice.")
                    : Bilingual.Text("Choose exactly one option by index.", "Choisissez exactement une option par son indice."))
                .ToDictionary());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted);
        var earlier = await db.PollVotes.Where(v => v.PostId == id && v.PersonId == me).ToListAsync(context.RequestAborted);
        db.PollVotes.RemoveRange(earlier);
        db.PollVotes.AddRange(choices.Select(choice => new PollVote { PostId = id, PersonId = me, OptionIndex = choice }));
        // Counts move in the database itself, so that concurrent voters never lose a vote.
        foreach (var (option, delta) in earlier.Select(v => (v.OptionIndex, -1)).Concat(choices.Select(c => (c, 1))))
        {
            await db.PollOptions.Where(o => o.PostSequence == post.Sequence && o.Index == option)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.VoteCount, o => o.VoteCount + delta), context.RequestAborted);
        }

        await db.SaveChangesAsync(context.RequestAborted);
        await transaction.CommitAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> BestAnswerAsync(
        Guid id, BestAnswerRequest request, HttpContext context, ActivityDbContext db, PostAccess access, ISpaceAccess spaces)
    {
        var me = context.User.PersonId()!.Value;
        var post = await access.FindForWriteAsync(me, id, context.RequestAborted);
        if (post is null || post.IsDeleted)
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        if (post.AuthorId != me && !(post.SpaceId is { } space && await spaces.CanModerateAsync(me, space, context.RequestAborted)))
        {
            return ApiProblems.Forbidden(Bilingual.Text("Only the author of a question, or its space's moderators, choose its best answer.",
                "Seuls l'auteur d'une question ou les modérateurs de son espace peuvent choisir sa meilleure réponse."));
        }

        if (post.Kind != PostKind.Question)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("This post is not a question.", "Cette publication n'est pas une question."));
        }

        if (request.CommentId is { } commentId)
        {
            var answer = await db.Comments.AsNoTracking().Where(c => c.Id == commentId && c.PostId == id && c.DeletedAt == null)
                .Select(c => new { c.AuthorId }).SingleOrDefaultAsync(context.RequestAborted);
            if (answer is null)
            {
                return ApiProblems.Unprocessable(Bilingual.Text("There is no such answer to this question.", "Cette réponse n'existe pas pour cette question."));
            }

            if (post.BestAnswerId != commentId)
            {
                db.Publish(new BestAnswerChosen(id, commentId, me, answer.AuthorId, post.SpaceId));
            }
        }

        post.BestAnswerId = request.CommentId;
        await db.SaveChangesAsync(context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> AcknowledgeAsync(
        Guid id, HttpContext context, ActivityDbContext db, PostAccess access, TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var post = await (await access.VisibleAsync(me, context.RequestAborted)).Where(p => p.Id == id && p.DeletedAt == null)
            .Select(p => new { p.Kind, p.MustRead, p.AuthorId }).SingleOrDefaultAsync(context.RequestAborted);
        if (post is null)
        {
            return ManagePostEndpoints.NoSuchPost();
        }

        if (post.Kind != PostKind.Announcement || !post.MustRead)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("Only must-read announcements are acknowledged.", "Seules les annonces à lire obligatoirement peuvent être confirmées comme lues."));
        }

        if (post.AuthorId == me)
        {
            return ApiProblems.Unprocessable(Bilingual.Text("You wrote this announcement: its readers confirm they read it, not its author.",
                "Vous avez écrit cette annonce : ce sont ses lecteurs qui confirment l'avoir lue, pas son auteur."));
        }

        await db.AddOnceAsync(new Acknowledgement { PostId = id, PersonId = me, At = clock.GetUtcNow() },
            a => a.PostId == id && a.PersonId == me, context.RequestAborted);
        return TypedResults.NoContent();
    }
}
