using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using EnterpriseSocial.Recognition.Features.Achievements;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Demo;

/// <summary>
/// The facts and achievements of the demo company's history, as recognition's consumers would have
/// recorded them had the demo's posts and replies gone through the API (ADR 0044): profiles show what
/// the history earned, each award dated on the day it was earned, and a demo person's next post is not
/// taken for their first.
/// </summary>
internal sealed class DemoAchievementsSeeder(
    RecognitionDbContext db, IEnumerable<IDemoHistory> histories, IProfileDirectory directory, AchievementCatalogue catalogue) : IDemoSeeder
{
    /// <summary>After the conversations it reads, before the notifications that tell of the badges.</summary>
    public int Order => 30;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Facts.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var history = await histories.AllEventsAsync(cancellationToken);

        var replies = history.OfType<CommentAdded>().Where(RecordReply.Counts).ToList();
        var departments = (await directory.GetSummariesAsync(replies.SelectMany(c => new[] { c.AuthorId, c.PostAuthorId }).Distinct().ToList(), cancellationToken))
            .ToDictionary(p => p.Id, p => p.Department);

        var facts = new List<ContributionFact>();
        var posted = new HashSet<Guid>();
        var earned = new Dictionary<(Guid Person, string Key), DateTimeOffset>();
        // The rules are evaluated at the end of each day of history: an award is dated on the day its last fact happened.
        foreach (var day in history.OrderBy(e => e.OccurredAt).GroupBy(e => e.OccurredAt.UtcDateTime.Date))
        {
            foreach (var happened in day)
            {
                if (FactOf(happened, posted, departments) is { } fact)
                {
                    facts.Add(fact);
                }
            }

            foreach (var achievement in AchievementRules.Evaluate(facts))
            {
                earned.TryAdd(achievement, day.Max(e => e.OccurredAt));
            }
        }

        // Module initializers run after the demo is seeded; the awards need the achievement badges now.
        await catalogue.InitializeAsync(cancellationToken);
        var badges = await db.Badges.Where(b => b.AchievementKey != null).ToDictionaryAsync(b => b.AchievementKey!, b => b.Id, cancellationToken);
        db.Facts.AddRange(facts);
        db.Awards.AddRange(earned.Where(e => badges.ContainsKey(e.Key.Key))
            .Select(e => new Award { PersonId = e.Key.Person, BadgeId = badges[e.Key.Key], AwardedAt = e.Value }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The fact a consumer would have recorded; <paramref name="posted"/> gains each author, and so tells a first post.</summary>
    private static ContributionFact? FactOf(IntegrationEvent happened, HashSet<Guid> posted, Dictionary<Guid, string> departments) => happened switch
    {
        PostPublished post when RecordPost.Counts(post) => RecordPost.FactOf(post, first: posted.Add(post.AuthorId)),
        CommentAdded comment when RecordReply.Counts(comment) => RecordReply.FactOf(comment, departments),
        BestAnswerChosen chosen when RecordBestAnswer.Counts(chosen) => RecordBestAnswer.FactOf(chosen),
        _ => null,
    };
}
