using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Recognition.Data;
using EnterpriseSocial.Recognition.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Recognition.Demo;

/// <summary>
/// The demo company's values, a praise badge for each, and four months of praise between
/// colleagues. The same every start: the random choices have a fixed seed.
/// </summary>
internal sealed class DemoRecognitionSeeder(RecognitionDbContext db, IPeopleRoster roster, IProfileDirectory directory, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Value, string Icon, string NameFr, string NameEn, string DescriptionFr, string DescriptionEn)[] Catalogue =
    [
        ("Collaboration", "handshake", "Esprit d'équipe", "Team spirit", "A fait avancer l'équipe plutôt que soi.", "Moved the team forward rather than themself."),
        ("Collaboration", "compass", "Coup de main", "Helping hand", "A aidé un collègue sans qu'on le lui demande.", "Helped a colleague without being asked."),
        ("Audace", "rocket", "Audace", "Boldness", "A osé essayer autre chose, et l'a partagé.", "Dared to try something new, and shared it."),
        ("Bienveillance", "heart", "Bienveillance", "Kindness", "A pris soin des autres dans un moment difficile.", "Took care of others in a hard moment."),
        ("Client d'abord", "star", "Client d'abord", "Customer first", "A fait la différence pour un client.", "Made the difference for a customer."),
        ("Excellence", "medal", "Travail soigné", "Craftsmanship", "Un travail remarquable de qualité.", "Remarkably careful work."),
        ("Partage", "lightbulb", "Partage de savoir", "Knowledge sharing", "A partagé ce qu'il ou elle sait pour que d'autres grandissent.", "Shared what they know so others grow."),
    ];

    private static readonly string[] Messages =
    [
        "Merci pour ton aide sur la mise en production de vendredi, sans toi on y serait encore !",
        "Thanks for running the onboarding session, the newcomers loved it.",
        "Bravo pour la démo client, claire et convaincante.",
        "Your review caught a bug that would have cost us a week. Thank you!",
        "Merci d'avoir pris le temps de m'expliquer le nouveau processus.",
        "Great job untangling the billing incident with the customer.",
        "Ta documentation du design system nous fait gagner du temps tous les jours.",
        "Thank you for stepping in when the team was short-handed.",
    ];

    /// <summary>Before the conversations, which show the praise in the streams.</summary>
    public int Order => 18;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Badges.AnyAsync(b => b.Kind == BadgeKind.Praise, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var badges = Catalogue.Select(c => new Badge
        {
            Id = Guid.CreateVersion7(now), Kind = BadgeKind.Praise, Value = c.Value, Icon = c.Icon,
            NameFr = c.NameFr, NameEn = c.NameEn, DescriptionFr = c.DescriptionFr, DescriptionEn = c.DescriptionEn, CreatedAt = now,
        }).ToList();
        db.Badges.AddRange(badges);

        var people = (await roster.ListAsync(null, 200, cancellationToken)).Items.Select(p => p.Id).ToList();
        var departments = (await directory.GetSummariesAsync(people, cancellationToken)).ToDictionary(p => p.Id, p => p.Department);
        var random = new Random(2026);
        for (var day = 120; day > 0 && people.Count > 2; day--)
        {
            foreach (var _ in Enumerable.Range(0, random.Next(3)))
            {
                var giver = people[random.Next(people.Count)];
                var receivers = people.Where(p => p != giver).OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToList();
                var badge = badges[random.Next(badges.Count)];
                var at = now.AddDays(-day).AddHours(random.Next(8, 18) - now.Hour);
                db.Praise.Add(new Domain.Praise
                {
                    Id = Guid.CreateVersion7(at), GiverId = giver, BadgeId = badge.Id, Message = Messages[random.Next(Messages.Length)], Value = badge.Value,
                    CreatedAt = at, GivenMonth = (at.UtcDateTime.Year * 100) + at.UtcDateTime.Month,
                    Receivers = receivers.Select(r => new PraiseReceiver { PersonId = r, Department = departments.GetValueOrDefault(r) ?? string.Empty }).ToList(),
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
