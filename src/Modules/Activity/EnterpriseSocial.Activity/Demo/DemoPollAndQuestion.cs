using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Profiles.Contracts;

namespace EnterpriseSocial.Activity.Demo;

/// <summary>A demo post ready to be written in its place among the others, with its comments and poll votes.</summary>
internal sealed record DemoPostDraft(Post Post, IReadOnlyList<Comment> Comments, IReadOnlyList<PollVote> Votes);

/// <summary>
/// A company-wide poll still open, with its votes, and a question whose best answer its author chose, so
/// that the demo's company stream shows the kinds of post people write and not only plain ones.
/// </summary>
internal sealed class DemoPollAndQuestion(PostRenderer renderer, TimeProvider clock)
{
    private const string PollText = "Quel format pour le prochain séminaire d'entreprise ? #seminaire";

    private static readonly string[] PollOptions = ["Une journée complète sur site", "Deux demi-journées", "En ligne, par équipe"];

    private const string QuestionText = "What is the quickest way to book a meeting room at the Paris office? #paris";

    private static readonly string[] Answers =
    [
        "I usually ask the front desk, but it takes a while.",
        "Use the **Rooms** tab of the intranet: it shows what is free right now and books it in one click.",
        "Le calendrier partagé marche aussi, à condition de l'avoir ajouté.",
    ];

    /// <summary>The index in <see cref="Answers"/> of the one the question's author marks as the best.</summary>
    private const int BestAnswer = 1;

    private const int Voters = 40;

    public async Task<IReadOnlyList<DemoPostDraft>> DraftAsync(IReadOnlyList<PersonContact> people, CancellationToken cancellationToken)
    {
        // A generator of its own, so that the other demo conversations stay what they were.
        var random = new Random(7);
        var now = clock.GetUtcNow();
        return [await PollAsync(people, random, now, cancellationToken), await QuestionAsync(people, random, now, cancellationToken)];
    }

    private async Task<DemoPostDraft> PollAsync(IReadOnlyList<PersonContact> people, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var author = people[random.Next(people.Count)];
        var poll = Post.Publish(author.Id, await renderer.RenderAsync(PollText, cancellationToken), null, now.AddDays(-2).AddHours(-3), PostKind.Poll);
        poll.MakePoll(PollOptions, multipleChoice: false, closesAt: now.AddDays(5));
        var votes = new List<PollVote>();
        foreach (var voter in people.Where(p => p.Id != author.Id).OrderBy(_ => random.Next()).Take(Voters))
        {
            // Half the votes for the first option, three in ten for the second: real votes seldom split evenly.
            var roll = random.Next(10);
            var choice = roll < 5 ? 0 : roll < 8 ? 1 : 2;
            votes.Add(new PollVote { PostId = poll.Id, PersonId = voter.Id, OptionIndex = choice });
            poll.PollOptions[choice].VoteCount++;
        }

        return new DemoPostDraft(poll, [], votes);
    }

    private async Task<DemoPostDraft> QuestionAsync(IReadOnlyList<PersonContact> people, Random random, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var author = people[random.Next(people.Count)];
        var askedAt = now.AddDays(-6).AddHours(-5);
        var question = Post.Publish(author.Id, await renderer.RenderAsync(QuestionText, cancellationToken), null, askedAt, PostKind.Question);
        var answerers = people.Where(p => p.Id != author.Id).OrderBy(_ => random.Next()).Take(Answers.Length).ToList();
        var answers = new List<Comment>();
        for (var i = 0; i < Answers.Length; i++)
        {
            answers.Add(Comment.Write(question.Id, null, answerers[i].Id, await renderer.RenderAsync(Answers[i], cancellationToken), askedAt.AddMinutes(20 * (i + 1))));
        }

        question.CommentCount = answers.Count;
        question.BestAnswerId = answers[BestAnswer].Id;
        return new DemoPostDraft(question, answers, []);
    }
}
