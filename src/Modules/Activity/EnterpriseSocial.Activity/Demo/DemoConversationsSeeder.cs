using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Demo;

/// <summary>
/// A month of conversations in the demo company, in French and English, so that streams, topics
/// and reactions have something to show on the first start, with the conversations of its spaces
/// (<see cref="DemoSpaceConversations"/>), a poll and an answered question (<see cref="DemoPollAndQuestion"/>)
/// and the demo's praise shown by the posts praise publishes.
/// Everything is written in the order of its dates, which streams follow. Home timelines are built
/// when each person first opens their stream, as for anyone returning from an absence.
/// </summary>
internal sealed class DemoConversationsSeeder(
    ActivityDbContext db, IPeopleRoster roster, PostRenderer renderer, IProfileDirectory directory, IEnumerable<IDemoHistory> histories,
    DemoSpaceConversations spaceConversations, DemoPollAndQuestion pollAndQuestion, TimeProvider clock)
    : IDemoSeeder
{
    private const int Posts = 120;

    private static readonly string[] Openings =
    [
        "Retour sur l'atelier **sécurité** de ce matin : merci à tous pour vos questions ! #securite #formation",
        "Our quarterly town hall is next Thursday — send your questions in advance. #townhall",
        "Qui est partant pour un déjeuner **café-débat** sur l'IA générative vendredi ? #cafe-debat #ia",
        "New onboarding checklist is live on the intranet, feedback welcome. #onboarding",
        "Bravo à l'équipe support pour la résolution express de l'incident d'hier soir 👏 #kudos",
        "We reduced the build time of the mobile app by *40 %*. Details in the wiki. #engineering #devops",
        "Le site de Lyon passe au tri sélectif des biodéchets dès lundi. #rse #lyon",
        "Looking for volunteers to mentor our summer interns. #mentoring",
        "Petit rappel : les entretiens annuels se terminent à la fin du mois. #rh",
        "Customer satisfaction is up 6 points this quarter — thank you all! #customers #kudos",
        "Quelqu'un a-t-il un retour d'expérience sur le télétravail à 4 jours ? #teletravail",
        "Sharing the slides of my talk on accessibility: `aria-live` is your friend. #accessibilite #engineering",
    ];

    private static readonly string[] Replies =
    [
        "Merci pour le partage !", "Great news, well done.", "Je suis partant(e).", "Count me in!",
        "Très utile, merci.", "Can we get the recording?", "Bravo à toute l'équipe !", "Interesting, let's discuss it at the next meeting.",
    ];

    public int Order => 20;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Posts.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var people = new List<PersonContact>();
        string? cursor = null;
        do
        {
            var page = await roster.ListAsync(cursor, 100, cancellationToken);
            people.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        if (people.Count < 2)
        {
            return;
        }

        var spacePosts = await spaceConversations.DraftAsync(cancellationToken);
        var others = await OtherPostsAsync(spacePosts, await pollAndQuestion.DraftAsync(people, cancellationToken), cancellationToken);
        var random = new Random(11);
        var start = clock.GetUtcNow().AddDays(-30);
        for (var i = 0; i < Posts; i++)
        {
            var at = start.AddHours(i * 6 + random.Next(5));
            await WriteOthersAsync(others, before: at, cancellationToken);
            var author = people[random.Next(people.Count)];
            var text = Openings[i % Openings.Length];
            if (i % 3 == 0)
            {
                var colleague = people[random.Next(people.Count)];
                text += $" cc @[{colleague.DisplayName}]({colleague.Id})";
            }

            var post = Post.Publish(author.Id, await renderer.RenderAsync(text, cancellationToken), null, at);
            db.Posts.Add(post);
            var replies = random.Next(4);
            for (var r = 0; r < replies; r++)
            {
                var reply = await renderer.RenderAsync(Replies[random.Next(Replies.Length)], cancellationToken);
                db.Comments.Add(Comment.Write(post.Id, null, people[random.Next(people.Count)].Id, reply, at.AddMinutes(10 * (r + 1))));
            }

            post.CommentCount = replies;
            foreach (var person in people.OrderBy(_ => random.Next()).Take(random.Next(9)))
            {
                var kind = ReactionKinds.All[random.Next(ReactionKinds.All.Count)];
                db.Reactions.Add(new Reaction { PostId = post.Id, CommentId = Guid.Empty, PersonId = person.Id, Kind = kind, CreatedAt = at.AddMinutes(30) });
                post.Reactions.Add(kind, 1);
            }

            // Saved one by one so that sequences follow the posts' dates.
            await db.SaveChangesAsync(cancellationToken);
        }

        await WriteOthersAsync(others, before: DateTimeOffset.MaxValue, cancellationToken);
        await spaceConversations.ReportAsync(spacePosts, people, cancellationToken);
    }

    /// <summary>
    /// The space posts with their comments, the poll and the question, and the posts of the demo's praise
    /// (seeded before the conversations), oldest first.
    /// </summary>
    private async Task<Queue<DemoPostDraft>> OtherPostsAsync(List<SpacePostDraft> spacePosts, IReadOnlyList<DemoPostDraft> kinds, CancellationToken cancellationToken)
    {
        var others = spacePosts.Select(draft => new DemoPostDraft(draft.Post, draft.Comments, [])).Concat(kinds).ToList();
        foreach (var praise in (await histories.AllEventsAsync(cancellationToken)).OfType<PraiseGiven>())
        {
            others.Add(new DemoPostDraft((await PublishPraisePost.CreateAsync(praise, praise.OccurredAt, renderer, directory, cancellationToken)).Post, [], []));
        }

        return new Queue<DemoPostDraft>(others.OrderBy(other => other.Post.CreatedAt));
    }

    private async Task WriteOthersAsync(Queue<DemoPostDraft> others, DateTimeOffset before, CancellationToken cancellationToken)
    {
        while (others.TryPeek(out var next) && next.Post.CreatedAt < before)
        {
            var draft = others.Dequeue();
            db.Posts.Add(draft.Post);
            db.Comments.AddRange(draft.Comments);
            db.PollVotes.AddRange(draft.Votes);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
