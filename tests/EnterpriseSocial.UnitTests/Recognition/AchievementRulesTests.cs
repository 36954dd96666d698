using EnterpriseSocial.Recognition.Domain;

namespace EnterpriseSocial.UnitTests.Recognition;

public sealed class AchievementRulesTests
{
    private static readonly Guid Author = Guid.CreateVersion7();

    private static ContributionFact Post(Guid person, Guid post, bool first = false) =>
        new() { EventId = Guid.CreateVersion7(), Kind = FactKind.Post, PersonId = person, PostId = post, IsFirst = first };

    private static ContributionFact Reply(Guid replier, string department, Guid postAuthor, string authorDepartment, Guid post) =>
        new() { EventId = Guid.CreateVersion7(), Kind = FactKind.Reply, PersonId = replier, Department = department, OtherPersonId = postAuthor, OtherDepartment = authorDepartment, PostId = post };

    private static ContributionFact BestAnswer(Guid person) =>
        new() { EventId = Guid.CreateVersion7(), Kind = FactKind.BestAnswer, PersonId = person, PostId = Guid.CreateVersion7() };

    [Fact]
    public void Best_answers_earn_the_first_and_at_ten_the_second_badge()
    {
        var nine = Enumerable.Range(0, 9).Select(_ => BestAnswer(Author)).ToList();
        var earned = AchievementRules.Evaluate(nine);
        Assert.Contains((Author, AchievementRules.FirstBestAnswer), earned);
        Assert.DoesNotContain((Author, AchievementRules.TenBestAnswers), earned);
        Assert.Contains((Author, AchievementRules.TenBestAnswers), AchievementRules.Evaluate([.. nine, BestAnswer(Author)]));
    }

    [Fact]
    public void A_bridge_builder_drew_replies_from_three_other_departments_to_one_conversation()
    {
        var post = Guid.CreateVersion7();
        List<ContributionFact> facts =
        [
            Post(Author, post),
            Reply(Guid.CreateVersion7(), "Sales", Author, "Engineering", post),
            Reply(Guid.CreateVersion7(), "Engineering", Author, "Engineering", post),
            Reply(Guid.CreateVersion7(), "Sales", Author, "Engineering", post),
            Reply(Guid.CreateVersion7(), "HR", Author, "Engineering", post),
        ];
        Assert.DoesNotContain((Author, AchievementRules.BridgeBuilder), AchievementRules.Evaluate(facts));

        facts.Add(Reply(Guid.CreateVersion7(), "Finance", Author, "Engineering", post));
        Assert.Contains((Author, AchievementRules.BridgeBuilder), AchievementRules.Evaluate(facts));
    }

    [Fact]
    public void A_welcomer_answered_five_different_newcomers_first_posts_and_later_posts_do_not_count()
    {
        var welcomer = Guid.CreateVersion7();
        var facts = new List<ContributionFact>();
        foreach (var newcomer in Enumerable.Range(0, 4).Select(_ => Guid.CreateVersion7()))
        {
            var first = Guid.CreateVersion7();
            var later = Guid.CreateVersion7();
            facts.AddRange([Post(newcomer, first, first: true), Post(newcomer, later), Reply(welcomer, "HR", newcomer, "Sales", first), Reply(welcomer, "HR", newcomer, "Sales", later)]);
        }

        Assert.DoesNotContain((welcomer, AchievementRules.Welcomer), AchievementRules.Evaluate(facts));
        var fifth = Guid.CreateVersion7();
        var fifthPost = Guid.CreateVersion7();
        facts.AddRange([Post(fifth, fifthPost, first: true), Reply(welcomer, "HR", fifth, "Sales", fifthPost)]);
        Assert.Contains((welcomer, AchievementRules.Welcomer), AchievementRules.Evaluate(facts));
    }

    [Fact]
    public void The_same_history_always_gives_the_same_achievements()
    {
        var post = Guid.CreateVersion7();
        List<ContributionFact> facts = [Post(Author, post, first: true), BestAnswer(Author), Reply(Guid.CreateVersion7(), "Sales", Author, "Engineering", post)];
        Assert.Equal(AchievementRules.Evaluate(facts).Order(), AchievementRules.Evaluate(facts.AsEnumerable().Reverse().ToList()).Order());
        Assert.Equal(
            [(Author, AchievementRules.FirstBestAnswer), (Author, AchievementRules.FirstPost)],
            AchievementRules.Evaluate(facts).OrderBy(e => e.Key).ToList());
    }

    [Fact]
    public void Reading_only_the_counted_facts_gives_what_the_whole_history_gives()
    {
        var welcomer = Guid.CreateVersion7();
        var facts = new List<ContributionFact>();
        foreach (var newcomer in Enumerable.Range(0, 6).Select(_ => Guid.CreateVersion7()))
        {
            var first = Guid.CreateVersion7();
            facts.AddRange([Post(newcomer, first, first: true), Reply(welcomer, "HR", newcomer, "Sales", first)]);
            facts.AddRange(Enumerable.Range(0, 20).Select(_ => Post(newcomer, Guid.CreateVersion7())));
        }

        var conversation = Guid.CreateVersion7();
        facts.AddRange([Post(Author, conversation, first: true), Post(Author, Guid.CreateVersion7()), BestAnswer(Author), BestAnswer(welcomer)]);
        facts.AddRange(new[] { "Sales", "HR", "Finance" }.Select(department => Reply(Guid.CreateVersion7(), department, Author, "Engineering", conversation)));

        var counted = facts.Where(AchievementRules.Counted.Compile()).ToList();
        Assert.True(counted.Count < facts.Count / 2, "later posts are left out");
        Assert.Equal(AchievementRules.Evaluate(facts).Order(), AchievementRules.Evaluate(counted).Order());
        Assert.Contains((welcomer, AchievementRules.Welcomer), AchievementRules.Evaluate(counted));
        Assert.Contains((Author, AchievementRules.BridgeBuilder), AchievementRules.Evaluate(counted));
    }
}
