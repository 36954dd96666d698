using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Achievements;

/// <summary>Records a post as a fact (the author's first, or not) and awards what it earns.</summary>
internal sealed class RecordPost(RecognitionDbContext context, TimeProvider clock, AchievementEvaluator evaluator)
    : IdempotentConsumer<PostPublished, RecognitionDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PostPublished published, CancellationToken cancellationToken)
    {
        if (!Counts(published))
        {
            return;
        }

        var first = !await Context.Facts.AnyAsync(f => f.Kind == FactKind.Post && f.PersonId == published.AuthorId, cancellationToken);
        Context.Facts.Add(FactOf(published, first));
        await Context.SaveChangesAsync(cancellationToken);
        // Only a first post can earn anything (AchievementRules.Counted).
        if (first)
        {
            await evaluator.EvaluateAsync([published.AuthorId], cancellationToken);
        }
    }

    /// <summary>A praise shown as a post is recognition given, not a contribution of its own.</summary>
    public static bool Counts(PostPublished published) => published.PraisedPeople is not { Count: > 0 };

    public static ContributionFact FactOf(PostPublished published, bool first) => new()
    {
        EventId = published.EventId, Kind = FactKind.Post, PersonId = published.AuthorId, PostId = published.PostId, IsFirst = first,
    };
}

/// <summary>Records a reply on someone else's post, with both departments as they are now.</summary>
internal sealed class RecordReply(RecognitionDbContext context, TimeProvider clock, AchievementEvaluator evaluator, IProfileDirectory directory)
    : IdempotentConsumer<CommentAdded, RecognitionDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(CommentAdded comment, CancellationToken cancellationToken)
    {
        if (!Counts(comment))
        {
            return;
        }

        var departments = (await directory.GetSummariesAsync([comment.AuthorId, comment.PostAuthorId], cancellationToken)).ToDictionary(p => p.Id, p => p.Department);
        Context.Facts.Add(FactOf(comment, departments));
        await Context.SaveChangesAsync(cancellationToken);
        await evaluator.EvaluateAsync([comment.AuthorId, comment.PostAuthorId], cancellationToken);
    }

    /// <summary>Replying on one's own post is not a reply to someone else.</summary>
    public static bool Counts(CommentAdded comment) => comment.AuthorId != comment.PostAuthorId;

    public static ContributionFact FactOf(CommentAdded comment, IReadOnlyDictionary<Guid, string> departments) => new()
    {
        EventId = comment.EventId, Kind = FactKind.Reply, PersonId = comment.AuthorId, PostId = comment.PostId, OtherPersonId = comment.PostAuthorId,
        Department = departments.GetValueOrDefault(comment.AuthorId), OtherDepartment = departments.GetValueOrDefault(comment.PostAuthorId),
    };
}

/// <summary>Records an answer chosen as the best one; answering one's own question earns nothing.</summary>
internal sealed class RecordBestAnswer(RecognitionDbContext context, TimeProvider clock, AchievementEvaluator evaluator)
    : IdempotentConsumer<BestAnswerChosen, RecognitionDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(BestAnswerChosen chosen, CancellationToken cancellationToken)
    {
        if (!Counts(chosen))
        {
            return;
        }

        Context.Facts.Add(FactOf(chosen));
        await Context.SaveChangesAsync(cancellationToken);
        await evaluator.EvaluateAsync([chosen.AnswerAuthorId], cancellationToken);
    }

    public static bool Counts(BestAnswerChosen chosen) => chosen.AnswerAuthorId != chosen.QuestionAuthorId;

    public static ContributionFact FactOf(BestAnswerChosen chosen) => new()
    {
        EventId = chosen.EventId, Kind = FactKind.BestAnswer, PersonId = chosen.AnswerAuthorId, PostId = chosen.PostId, OtherPersonId = chosen.QuestionAuthorId,
    };
}
