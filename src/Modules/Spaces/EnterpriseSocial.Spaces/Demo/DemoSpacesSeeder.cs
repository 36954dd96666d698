using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using EnterpriseSocial.Spaces.Data;
using EnterpriseSocial.Spaces.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Spaces.Demo;

/// <summary>
/// A dozen spaces of each kind in the demo company, with members, so that the directory and the
/// space pages have something to show. The same every start: the random choices have a fixed seed.
/// </summary>
internal sealed class DemoSpacesSeeder(SpacesDbContext db, IPeopleRoster roster, TimeProvider clock) : IDemoSeeder
{
    private static readonly (string Name, string Description)[] Public =
    [
        ("Café-débat", "Un sujet, un café, des avis différents : tous les vendredis midi."),
        ("Engineering guild", "Practices, tools and talks for everyone who builds software here."),
        ("Accessibilité numérique", "Rendre nos outils utilisables par toutes et tous."),
        ("Running club", "Lunchtime runs around the Lyon and Nantes sites, all paces welcome."),
        ("RSE et sobriété", "Nos actions pour l'environnement, au bureau et chez les clients."),
        ("Onboarding buddies", "Help newcomers find their way during their first weeks."),
        ("Photographie", "Partagez vos plus belles photos et vos astuces."),
        ("Customer stories", "What our customers say, good and bad, and what we learn from it."),
        ("Télétravail", "Outils, rituels et bonnes pratiques du travail à distance."),
        ("Data & IA", "Veille, cas d'usage et retours d'expérience sur la donnée et l'IA."),
        ("Book club", "One book a month, discussed on the last Thursday."),
        ("Annonces du CSE", "Les informations du comité social et économique."),
    ];

    private static readonly (string Name, string Description)[] Private =
    [
        ("Managers' circle", "A safe place for managers to share dilemmas and advice."),
        ("Projet Atlas", "Refonte du portail client : équipe projet et parties prenantes."),
        ("Security champions", "The security correspondents of every team."),
        ("Comité innovation", "Sélection et suivi des idées du programme d'innovation."),
        ("Sales Europe", "Pipeline, deals and tips for the European sales team."),
        ("Support niveau 2", "Escalades, astuces et post-mortems du support."),
        ("Design system", "Components, tokens and reviews of our design system."),
        ("Mentorat", "Binômes de mentorat et ressources associées."),
        ("Release train", "Coordination of the monthly releases."),
        ("Recrutement tech", "Suivi des recrutements des équipes techniques."),
        ("Mobile app beta", "Early testers of the new mobile application."),
        ("Formation interne", "Les formateurs internes préparent le catalogue."),
    ];

    private static readonly (string Name, string Description)[] Secret =
    [
        ("Projet Orion", "Acquisition en préparation : confidentiel."),
        ("Board preparation", "Preparing the quarterly board meeting."),
        ("Réorganisation 2027", "Groupe de travail confidentiel de la direction."),
        ("Incident review: payments", "Confidential review of the payments incident."),
        ("Négociation annuelle", "Préparation des négociations annuelles obligatoires."),
        ("Executive committee", "The executive committee's working space."),
        ("Salary review", "Compensation review with HR business partners."),
        ("Projet Hermès", "Partenariat stratégique en discussion."),
        ("Legal matters", "Ongoing legal cases, with counsel."),
        ("Audit interne", "Missions d'audit en cours."),
        ("M&A pipeline", "Targets under review."),
        ("Plan de continuité", "Cellule de crise et plan de continuité d'activité."),
    ];

    private const string Guidelines = "Soyez bienveillants, restez sur le sujet, pas d'informations confidentielles hors des espaces prévus. / Be kind, stay on topic, keep confidential matters in the right spaces.";

    public int Order => 15;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Spaces.AnyAsync(cancellationToken);

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

        if (people.Count < 10)
        {
            return;
        }

        var random = new Random(20261201);
        var start = clock.GetUtcNow().AddDays(-90);
        var all = Public.Select(s => (s, SpaceVisibility.Public)).Concat(Private.Select(s => (s, SpaceVisibility.Private)))
            .Concat(Secret.Select(s => (s, SpaceVisibility.Secret))).ToList();
        for (var index = 0; index < all.Count; index++)
        {
            var ((name, description), visibility) = all[index];
            var owner = people[random.Next(people.Count)];
            var members = people.OrderBy(_ => random.Next()).Take(visibility == SpaceVisibility.Secret ? 6 : 8 + random.Next(40))
                .Where(p => p.Id != owner.Id).ToList();
            var createdAt = start.AddHours(index * 50);
            var space = new Space
            {
                Id = Guid.CreateVersion7(createdAt), Name = name, SearchName = TextFolding.Fold(name), Description = description,
                Guidelines = index % 3 == 0 ? Guidelines : string.Empty, Visibility = visibility, CreatedAt = createdAt, CreatedBy = owner.Id,
                MemberCount = members.Count + 1,
            };
            db.Spaces.Add(space);
            db.Publish(new SpaceCreated(space.Id, name, visibility, owner.Id));
            Add(space, owner, SpaceRole.Owner, createdAt);
            foreach (var (member, position) in members.Select((m, i) => (m, i)))
            {
                Add(space, member, position == 0 ? SpaceRole.Manager : position == 1 ? SpaceRole.Moderator : SpaceRole.Member, createdAt.AddHours(position + 1));
            }

            if (visibility == SpaceVisibility.Private)
            {
                var asking = people.Where(p => p.Id != owner.Id && members.All(m => m.Id != p.Id)).Take(2);
                db.JoinRequests.AddRange(asking.Select(p => new JoinRequest { SpaceId = space.Id, PersonId = p.Id, RequestedAt = createdAt.AddDays(2) }));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(Space space, PersonContact person, SpaceRole role, DateTimeOffset at)
    {
        db.Memberships.Add(Membership.Joining(space.Id, person.Id, person.DisplayName, role, at));
        db.Publish(new MemberJoined(space.Id, person.Id, SpaceRoles.Name(role), null));
    }
}
