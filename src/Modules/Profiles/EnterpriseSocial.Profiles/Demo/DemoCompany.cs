using EnterpriseSocial.SharedKernel;
namespace EnterpriseSocial.Profiles.Demo;

internal sealed record DemoPerson(
    Guid Id,
    string DisplayName,
    string Email,
    string JobTitle,
    string Department,
    string Site,
    Guid? ManagerId,
    string PreferredLanguage);

/// <summary>
/// A believable organisation for demos and tests: a chief executive, department heads, team
/// leads and their teams, spread over several sites, with French and English names. The same
/// seed always gives the same company.
/// </summary>
internal static class DemoCompany
{
    public const string EmailDomain = "demo.enterprisesocial.example";

    private sealed record DepartmentPlan(string Name, string HeadTitle, string LeadTitle, string[] MemberTitles, int Teams);

    private static readonly DepartmentPlan[] Departments =
    [
        new("Engineering", "VP Engineering", "Engineering Manager", ["Software Engineer", "Senior Software Engineer", "Site Reliability Engineer", "QA Engineer"], 4),
        new("Product", "VP Product", "Group Product Manager", ["Product Manager", "Product Designer", "UX Researcher"], 2),
        new("Sales", "Chief Revenue Officer", "Sales Manager", ["Account Executive", "Sales Development Representative", "Solutions Consultant"], 3),
        new("Marketing", "Chief Marketing Officer", "Marketing Manager", ["Content Marketer", "Growth Marketer", "Event Manager"], 2),
        new("Customer Success", "VP Customer Success", "Support Team Lead", ["Customer Success Manager", "Support Specialist", "Technical Account Manager"], 3),
        new("Finance", "Chief Financial Officer", "Finance Manager", ["Accountant", "Financial Analyst", "Payroll Specialist"], 2),
        new("Human Resources", "Chief People Officer", "HR Business Partner", ["HR Generalist", "Talent Acquisition Specialist", "Learning & Development Specialist"], 2),
        new("Operations", "Chief Operating Officer", "Operations Manager", ["Operations Analyst", "Facilities Coordinator", "Procurement Specialist"], 2),
        new("Legal", "General Counsel", "Legal Manager", ["Legal Counsel", "Compliance Officer", "Data Protection Officer"], 1),
        new("IT", "Chief Information Officer", "IT Manager", ["Systems Administrator", "Service Desk Analyst", "Security Analyst"], 2),
    ];

    private static readonly Dictionary<string, string[]> SkillsByDepartment = new()
    {
        ["Engineering"] = ["C#", ".NET", "React", "TypeScript", "PostgreSQL", "Kubernetes", "Sécurité applicative", "Observabilité"],
        ["Product"] = ["Discovery", "Roadmapping", "Recherche utilisateur", "Figma", "Accessibilité"],
        ["Sales"] = ["Négociation", "Grands comptes", "Salesforce", "Appels d'offres"],
        ["Marketing"] = ["SEO", "Rédaction", "Événementiel", "Marketing automation"],
        ["Customer Success"] = ["Onboarding", "Support niveau 2", "Formation", "Zendesk"],
        ["Finance"] = ["Contrôle de gestion", "IFRS", "Trésorerie", "Excel"],
        ["Human Resources"] = ["Recrutement", "Droit social", "Formation", "Qualité de vie au travail"],
        ["Operations"] = ["Achats", "Logistique", "Lean", "Gestion de projet"],
        ["Legal"] = ["RGPD", "Contrats", "Propriété intellectuelle", "Conformité"],
        ["IT"] = ["Active Directory", "Réseau", "Sécurité", "ITIL"],
        ["Executive Office"] = ["Stratégie", "Communication", "Gestion de projet"],
    };

    /// <summary>Two to four skills of the person's department, the same for the same seed.</summary>
    public static IReadOnlyList<string> SkillsOf(DemoPerson person)
    {
        // string.GetHashCode changes from one run to the next; this one does not.
        var random = new Random(person.Email.Aggregate(2026, (hash, c) => unchecked((hash * 31) + c)));
        var pool = SkillsByDepartment[person.Department];
        return pool.OrderBy(_ => random.Next()).Take(2 + random.Next(3)).ToList();
    }

    private static readonly (string Name, bool French)[] Sites =
        [("Paris", true), ("Lyon", true), ("Nantes", true), ("London", false), ("Montréal", true)];

    private static readonly string[] FrenchGivenNames =
    [
        "Hélène", "François", "Zoé", "Éloïse", "Jérôme", "Noël", "Céline", "Benoît", "Anaïs", "Loïc",
        "Amélie", "Théo", "Léa", "Mathéo", "Chloé", "Étienne", "Inès", "Gaël", "Maëlle", "Raphaël",
        "Camille", "Julien", "Manon", "Antoine", "Juliette", "Nicolas", "Pauline", "Sébastien", "Océane", "Clément",
    ];

    private static readonly string[] FrenchFamilyNames =
    [
        "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
        "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
        "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Légaré",
    ];

    private static readonly string[] EnglishGivenNames =
    [
        "Alice", "James", "Olivia", "William", "Emma", "Henry", "Sophie", "George", "Grace", "Oliver",
        "Amelia", "Jack", "Isla", "Harry", "Charlotte", "Thomas", "Emily", "Daniel", "Hannah", "Samuel",
    ];

    private static readonly string[] EnglishFamilyNames =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
    ];

    public static IReadOnlyList<DemoPerson> Generate(int seed = 2026)
    {
        var random = new Random(seed);
        var people = new List<DemoPerson>();
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);

        DemoPerson Hire(string title, string department, string site, Guid? managerId)
        {
            var french = Sites.First(s => s.Name == site).French ? random.Next(10) < 8 : random.Next(10) < 2;
            string given, family;
            do
            {
                given = Pick(random, french ? FrenchGivenNames : EnglishGivenNames);
                family = Pick(random, french ? FrenchFamilyNames : EnglishFamilyNames);
            }
            while (!names.Add($"{given} {family}"));

            var person = new DemoPerson(
                Guid.CreateVersion7(), $"{given} {family}", UniqueEmail(emails, given, family), title, department, site,
                managerId, french ? "fr" : "en");
            people.Add(person);
            return person;
        }

        var chief = Hire("Chief Executive Officer", "Executive Office", "Paris", null);
        Hire("Executive Assistant", "Executive Office", "Paris", chief.Id);
        foreach (var department in Departments)
        {
            var head = Hire(department.HeadTitle, department.Name, "Paris", chief.Id);
            for (var team = 0; team < department.Teams; team++)
            {
                var site = Sites[(team + Array.IndexOf(Departments, department)) % Sites.Length].Name;
                var lead = Hire(department.LeadTitle, department.Name, site, head.Id);
                var members = 7 + random.Next(4);
                for (var member = 0; member < members; member++)
                {
                    Hire(Pick(random, department.MemberTitles), department.Name, site, lead.Id);
                }
            }
        }

        return people;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string UniqueEmail(HashSet<string> taken, string given, string family)
    {
        var local = TextFolding.Fold($"{given}.{family}").Replace(' ', '-');
        var email = $"{local}@{EmailDomain}";
        for (var suffix = 2; !taken.Add(email); suffix++)
        {
            email = $"{local}{suffix}@{EmailDomain}";
        }

        return email;
    }

    /// <summary>
    /// Who follows whom: everyone follows their manager and a few teammates; most people follow
    /// the chief executive and their department head; a few cross-department follows.
    /// </summary>
    public static IEnumerable<(Guid Follower, Guid Followee)> FollowGraph(IReadOnlyList<DemoPerson> people, int seed = 7)
    {
        var random = new Random(seed);
        var chief = people.Single(p => p.ManagerId is null);
        var heads = people.Where(p => p.ManagerId == chief.Id).ToDictionary(p => p.Department);
        var edges = new HashSet<(Guid, Guid)>();

        void Add(DemoPerson follower, DemoPerson followee)
        {
            if (follower.Id != followee.Id)
            {
                edges.Add((follower.Id, followee.Id));
            }
        }

        foreach (var person in people)
        {
            if (person.ManagerId is { } managerId)
            {
                Add(person, people.First(p => p.Id == managerId));
            }

            foreach (var teammate in people.Where(p => p.ManagerId == person.ManagerId && p.ManagerId is not null).OrderBy(_ => random.Next()).Take(3))
            {
                Add(person, teammate);
            }

            if (random.Next(10) < 7)
            {
                Add(person, chief);
            }

            if (heads.TryGetValue(person.Department, out var head) && random.Next(10) < 6)
            {
                Add(person, head);
            }

            if (random.Next(10) < 3)
            {
                Add(person, people[random.Next(people.Count)]);
            }
        }

        return edges;
    }
}
