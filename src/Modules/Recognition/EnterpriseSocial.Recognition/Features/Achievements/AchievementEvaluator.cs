using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Features.Achievements;

/// <summary>
/// Awards what people have earned by the facts recorded so far. It only adds the awards that are
/// missing, so evaluating again, or recomputing everything from history, changes nothing.
/// </summary>
internal sealed class AchievementEvaluator(RecognitionDbContext db, TimeProvider clock)
{
    public async Task<int> EvaluateAsync(IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var ids = people.Distinct().ToList();
        if (ids.Count == 0)
        {
            return 0;
        }

        var facts = await db.Facts.AsNoTracking().Where(AchievementRules.Counted)
            .Where(f => ids.Contains(f.PersonId) || (f.OtherPersonId != null && ids.Contains(f.OtherPersonId.Value)))
            .ToListAsync(cancellationToken);
        // A reply counts for the welcomer when it answered someone's first post: bring those facts along.
        var repliedPosts = facts.Where(f => f.Kind == FactKind.Reply).Select(f => f.PostId).Distinct().ToList();
        facts.AddRange(await db.Facts.AsNoTracking().Where(f => f.Kind == FactKind.Post && f.IsFirst && repliedPosts.Contains(f.PostId) && !ids.Contains(f.PersonId))
            .ToListAsync(cancellationToken));

        var badges = await db.Badges.AsNoTracking().Where(b => b.AchievementKey != null).ToDictionaryAsync(b => b.AchievementKey!, b => b.Id, cancellationToken);
        var earned = AchievementRules.Evaluate(facts).Where(e => ids.Contains(e.Person) && badges.ContainsKey(e.Key)).ToList();
        var held = await db.Awards.AsNoTracking().Where(a => ids.Contains(a.PersonId)).Select(a => new { a.PersonId, a.BadgeId }).ToListAsync(cancellationToken);
        var missing = earned.Where(e => !held.Any(h => h.PersonId == e.Person && h.BadgeId == badges[e.Key])).ToList();
        foreach (var (person, key) in missing)
        {
            db.Awards.Add(new Award { PersonId = person, BadgeId = badges[key], AwardedAt = clock.GetUtcNow() });
            db.Publish(new BadgeAwarded(person, badges[key], key));
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>Evaluates everyone the history knows, a batch at a time.</summary>
    public async Task<int> RecomputeAsync(CancellationToken cancellationToken)
    {
        var awarded = 0;
        Guid? after = null;
        while (true)
        {
            var query = db.Facts.AsNoTracking().Select(f => f.PersonId).Distinct();
            query = after is { } last ? query.Where(p => p.CompareTo(last) > 0) : query;
            var batch = await query.OrderBy(p => p).Take(200).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return awarded;
            }

            awarded += await EvaluateAsync(batch, cancellationToken);
            after = batch[^1];
        }
    }
}
