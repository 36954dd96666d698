using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Demo;

/// <summary>
/// A few conversations of the people the demo's accounts sign in as, so that Messages has something
/// to show on the first start: each message is read by its recipient, but the latest of two
/// conversations, written in the last hours, which waits for Oliver Brown and Jérôme Roux. One sends
/// a post of the company stream along, found by its words among those written before it.
/// </summary>
internal sealed class DemoDirectMessages(ActivityDbContext db, IPeopleRoster roster, TimeProvider clock) : IDemoSeeder
{
    /// <summary>
    /// (from, to, text, hours ago, read by its recipient, words of a company post sent along): the people are the demo
    /// accounts, and Oliver's colleague.
    /// </summary>
    private static readonly (string From, string To, string Text, int HoursAgo, bool Read, string? Sends)[] Script =
    [
        ("jerome.roux", "oliver.brown", "Oliver, could you present the new **CI pipeline** at Thursday's IT meeting?", 150, true, null),
        ("oliver.brown", "jerome.roux", "Sure. Is 15 minutes enough?", 149, true, null),
        ("jerome.roux", "oliver.brown", "Perfect, thanks!", 148, true, null),
        ("jerome.roux", "oliver.brown", "Worth a few words on Thursday too:", 147, true, "build time of the mobile app"),
        ("colleague", "oliver.brown", "Salut Oliver, tu peux jeter un œil à ma PR sur le module de paiement ?", 100, true, null),
        ("oliver.brown", "colleague", "Oui, je regarde cet après-midi.", 99, true, null),
        ("colleague", "oliver.brown", "J'ai corrigé tes remarques, elle est prête à fusionner. Merci !", 2, false, null),
        ("noel.lambert", "jerome.roux", "Jérôme, les chiffres d'adoption par site sont prêts : on en parle demain ?", 1, false, null),
    ];

    public int Order => 21;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.DirectMessages.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, Guid>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = await roster.ListAsync(cursor, 100, cancellationToken);
            foreach (var person in page.Items)
            {
                people.TryAdd(person.Email[..person.Email.IndexOf('@', StringComparison.Ordinal)], person.Id);
                if (person.JobTitle.Contains("Engineer", StringComparison.Ordinal) && !person.Email.StartsWith("oliver.brown@", StringComparison.Ordinal))
                {
                    people.TryAdd("colleague", person.Id);
                }
            }

            cursor = page.NextCursor;
        }
        while (cursor is not null);

        if (Script.Any(line => !people.ContainsKey(line.From) || !people.ContainsKey(line.To)))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var sides = new Dictionary<(Guid Person, Guid Other), DirectParticipant>();
        foreach (var (from, to, text, hoursAgo, read, sends) in Script)
        {
            var (sender, recipient) = (people[from], people[to]);
            var conversation = DirectConversation.IdOf(sender, recipient);
            var sentAt = now.AddHours(-hoursAgo);
            var sharedPost = sends is null ? null : await CompanyPostAsync(sends, sentAt, cancellationToken);
            var message = DirectMessage.Write(conversation, sender, text, sentAt, sharedPostId: sharedPost);
            db.DirectMessages.Add(message);
            // Saved one by one so that sequences follow the messages' order.
            await db.SaveChangesAsync(cancellationToken);

            var mine = Side(sides, sender, recipient, conversation);
            var theirs = Side(sides, recipient, sender, conversation);
            mine.LastMessageSequence = theirs.LastMessageSequence = mine.ReadUpTo = message.Sequence;
            theirs.ReadUpTo = read ? message.Sequence : theirs.ReadUpTo;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The latest company-wide post with these words written before the message; the demo's dates are random.</summary>
    private async Task<Guid?> CompanyPostAsync(string words, DateTimeOffset before, CancellationToken cancellationToken)
    {
        // Compared here: SQLite cannot compare times with their offsets.
        var candidates = await db.Posts.AsNoTracking().Where(p => p.SpaceId == null && p.DeletedAt == null && p.BodyMarkdown.Contains(words))
            .Select(p => new { p.Id, p.CreatedAt }).ToListAsync(cancellationToken);
        return candidates.Where(p => p.CreatedAt < before).MaxBy(p => p.CreatedAt)?.Id;
    }

    private DirectParticipant Side(Dictionary<(Guid, Guid), DirectParticipant> sides, Guid person, Guid other, Guid conversation)
    {
        if (!sides.TryGetValue((person, other), out var side))
        {
            side = new DirectParticipant { PersonId = person, OtherPersonId = other, ConversationId = conversation };
            sides[(person, other)] = side;
            db.DirectParticipants.Add(side);
        }

        return side;
    }
}
