using System.Linq.Expressions;

namespace EnterpriseSocial.Recognition.Domain;

internal enum FactKind
{
    /// <summary>A person published a post; <see cref="ContributionFact.IsFirst"/> for their very first.</summary>
    Post,

    /// <summary>A person's answer was chosen as the best one.</summary>
    BestAnswer,

    /// <summary>A person replied on someone else's post; departments as they were then.</summary>
    Reply,
}

/// <summary>
/// What happened, as recognition keeps it: achievements are a function of these facts alone, so
/// they can be recomputed from history and always give the same result.
/// </summary>
internal sealed class ContributionFact
{
    public Guid EventId { get; set; }

    public FactKind Kind { get; set; }

    public Guid PersonId { get; set; }

    public Guid PostId { get; set; }

    /// <summary>For a reply: the post's author.</summary>
    public Guid? OtherPersonId { get; set; }

    public string? Department { get; set; }

    public string? OtherDepartment { get; set; }

    public bool IsFirst { get; set; }
}

/// <summary>An achievement badge a person earned; once per person and badge.</summary>
internal sealed class Award
{
    public Guid PersonId { get; set; }

    public Guid BadgeId { get; set; }

    public DateTimeOffset AwardedAt { get; set; }
}

/// <summary>
/// The achievement rules. They reward contribution that helps others — answers chosen, replies
/// across departments, welcoming newcomers — and never likes or the number of posts.
/// </summary>
internal static class AchievementRules
{
    public const string FirstPost = "first-post";
    public const string FirstBestAnswer = "first-best-answer";
    public const string TenBestAnswers = "ten-best-answers";
    public const string BridgeBuilder = "bridge-builder";
    public const string Welcomer = "welcomer";

    public static readonly IReadOnlyList<string> Keys = [FirstPost, FirstBestAnswer, TenBestAnswers, BridgeBuilder, Welcomer];

    public const int BridgeDepartments = 3;
    public const int WelcomedNewcomers = 5;

    /// <summary>
    /// The facts the rules read. Of a person's posts only the first counts (every person with posts
    /// has one marked first), so a prolific author's whole history is not read again on each post.
    /// </summary>
    public static readonly Expression<Func<ContributionFact, bool>> Counted = f => f.Kind != FactKind.Post || f.IsFirst;

    /// <summary>Every achievement each person has earned by these facts.</summary>
    public static IReadOnlySet<(Guid Person, string Key)> Evaluate(IReadOnlyCollection<ContributionFact> facts)
    {
        var earned = new HashSet<(Guid, string)>();
        foreach (var person in facts.Where(f => f.Kind == FactKind.Post).Select(f => f.PersonId))
        {
            earned.Add((person, FirstPost));
        }

        foreach (var answers in facts.Where(f => f.Kind == FactKind.BestAnswer).GroupBy(f => f.PersonId))
        {
            var count = answers.Select(f => f.PostId).Distinct().Count();
            earned.Add((answers.Key, FirstBestAnswer));
            if (count >= 10)
            {
                earned.Add((answers.Key, TenBestAnswers));
            }
        }

        var replies = facts.Where(f => f.Kind == FactKind.Reply && f.OtherPersonId is not null).ToList();
        // A bridge builder started a conversation that drew replies from three other departments.
        foreach (var conversation in replies.GroupBy(f => (Author: f.OtherPersonId!.Value, f.PostId)))
        {
            var others = conversation.Where(f => !string.IsNullOrEmpty(f.Department) && f.Department != f.OtherDepartment)
                .Select(f => f.Department).Distinct().Count();
            if (others >= BridgeDepartments)
            {
                earned.Add((conversation.Key.Author, BridgeBuilder));
            }
        }

        // A welcomer answered the first post of five different newcomers.
        var firstPosts = facts.Where(f => f.Kind == FactKind.Post && f.IsFirst).Select(f => f.PostId).ToHashSet();
        foreach (var replier in replies.Where(f => firstPosts.Contains(f.PostId)).GroupBy(f => f.PersonId))
        {
            if (replier.Select(f => f.OtherPersonId).Distinct().Count() >= WelcomedNewcomers)
            {
                earned.Add((replier.Key, Welcomer));
            }
        }

        return earned;
    }
}
