using EnterpriseSocial.Activity.Content;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Demo;

/// <summary>A demo post written in a space, with its comments, and the members who may read it.</summary>
internal sealed record SpacePostDraft(Post Post, IReadOnlyList<Comment> Comments, IReadOnlyList<PersonContact> Readers);

/// <summary>
/// Conversations inside the demo company's spaces, a few questions still waiting for an answer,
/// and some reports waiting in the moderation queues, so that every screen has something to show.
/// The posts are drafted here and written by <see cref="DemoConversationsSeeder"/> among the
/// company-wide ones, in the order of their dates.
/// </summary>
internal sealed class DemoSpaceConversations(ActivityDbContext db, IPeopleRoster roster, ISpaceAccess spaces, PostRenderer renderer, TimeProvider clock)
{
    private const int SampledPeople = 80;

    private static readonly string[] Openings =
    [
        "Bienvenue à toutes et à tous dans cet espace ! Présentez-vous en commentaire 👋",
        "Here are the notes from this week's meeting. Comments welcome before Friday.",
        "Petit point d'avancement : on tient le planning, deux risques à surveiller.",
        "Sharing a useful article we discussed yesterday — worth the ten minutes.",
        "Qui peut relire le document de cadrage d'ici jeudi ?",
    ];

    private static readonly string[] Questions =
    [
        "Où trouve-t-on le modèle de présentation à jour ?",
        "Does anyone know who owns the shared calendar for this group?",
    ];

    private static readonly string[] Comments = ["Merci !", "Thanks for sharing.", "Je regarde ça demain.", "Good point, let's discuss it."];

    private static readonly string[] ReportReasons = ["Hors sujet", "Spam", "Propos déplacés", "Off topic for this space"];

    private readonly Random random = new(2026);

    /// <summary>Three posts in each space that sampled people can write in, space after space; nothing is written yet.</summary>
    public async Task<List<SpacePostDraft>> DraftAsync(CancellationToken cancellationToken)
    {
        var contributors = new Dictionary<Guid, List<PersonContact>>();
        foreach (var person in (await roster.ListAsync(null, SampledPeople, cancellationToken)).Items)
        {
            foreach (var space in await spaces.ReadableSpacesAsync(person.Id, cancellationToken))
            {
                if (await spaces.CanContributeAsync(person.Id, space, cancellationToken))
                {
                    (contributors.TryGetValue(space, out var list) ? list : contributors[space] = []).Add(person);
                }
            }
        }

        var start = clock.GetUtcNow().AddDays(-20);
        var drafts = new List<SpacePostDraft>();
        foreach (var (space, members) in contributors.Where(c => c.Value.Count >= 2).OrderBy(c => c.Key))
        {
            for (var i = 0; i < 3; i++)
            {
                var question = i == 2 && random.Next(2) == 0;
                var text = question ? Questions[random.Next(Questions.Length)] : Openings[random.Next(Openings.Length)];
                var at = start.AddHours(random.Next(20 * 24));
                var post = Post.Publish(members[random.Next(members.Count)].Id, await renderer.RenderAsync(text, cancellationToken), null, at,
                    question ? PostKind.Question : PostKind.Post, space);
                // Questions stay unanswered, for the space's list of questions waiting for an answer.
                var comments = new List<Comment>();
                foreach (var commenter in members.Where(m => m.Id != post.AuthorId).Take(question ? 0 : random.Next(3)))
                {
                    comments.Add(Comment.Write(post.Id, null, commenter.Id, await renderer.RenderAsync(Comments[random.Next(Comments.Length)], cancellationToken), at.AddHours(1)));
                }

                post.CommentCount = comments.Count;
                drafts.Add(new SpacePostDraft(post, comments, members));
            }
        }

        return drafts;
    }

    /// <summary>
    /// Once everything is written: reports on the first space's posts, and on the first company posts by
    /// people of the company, waiting in the queues.
    /// </summary>
    public async Task ReportAsync(IReadOnlyList<SpacePostDraft> drafted, IReadOnlyList<PersonContact> company, CancellationToken cancellationToken)
    {
        var companyPosts = await db.Posts.Where(p => p.SpaceId == null).OrderBy(p => p.Sequence).Take(3).ToListAsync(cancellationToken);
        await ReportAsync(drafted.Take(3).Select(d => (d.Post, d.Readers)).Concat(companyPosts.Select(p => (p, company))), cancellationToken);
    }

    /// <summary>Reports by people who can read what they report, waiting in the space and platform queues.</summary>
    private async Task ReportAsync(IEnumerable<(Post Post, IReadOnlyList<PersonContact> Readers)> reported, CancellationToken cancellationToken)
    {
        foreach (var (post, readers) in reported)
        {
            var reporter = readers.First(p => p.Id != post.AuthorId);
            db.Reports.Add(new Report
            {
                Id = Guid.CreateVersion7(), TargetKind = ReportTarget.Post, TargetId = post.Id, SpaceId = post.SpaceId, ReporterId = reporter.Id,
                Reason = ReportReasons[random.Next(ReportReasons.Length)], CreatedAt = clock.GetUtcNow().AddHours(-random.Next(48)), Status = ReportStatus.Open,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
