using EnterpriseSocial.Profiles.Demo;

namespace EnterpriseSocial.UnitTests.Profiles;

public sealed class DemoCompanyTests
{
    private readonly IReadOnlyList<DemoPerson> company = DemoCompany.Generate();

    [Fact]
    public void The_demo_company_is_a_believable_organisation()
    {
        Assert.True(company.Count >= 200, $"{company.Count} employees");
        Assert.True(company.Select(p => p.Department).Distinct().Count() >= 8);
        Assert.True(company.Select(p => p.Site).Distinct().Count() >= 3);
        Assert.Contains(company, p => p.PreferredLanguage == "fr");
        Assert.Contains(company, p => p.PreferredLanguage == "en");
        Assert.Equal(company.Count, company.Select(p => p.Email).Distinct().Count());
        Assert.Equal(company.Count, company.Select(p => p.DisplayName).Distinct().Count());
    }

    [Fact]
    public void Everyone_but_the_chief_executive_has_a_manager_and_the_chain_reaches_the_top()
    {
        var byId = company.ToDictionary(p => p.Id);
        var top = Assert.Single(company, p => p.ManagerId is null);
        Assert.Equal("Chief Executive Officer", top.JobTitle);

        foreach (var person in company)
        {
            var current = person;
            for (var steps = 0; current.ManagerId is { } managerId; steps++)
            {
                Assert.True(steps < 10, $"{person.DisplayName}'s manager chain does not end");
                current = byId[managerId];
            }

            Assert.Equal(top.Id, current.Id);
        }
    }

    [Fact]
    public void Managers_lead_teams()
    {
        var managers = company.Where(p => company.Any(report => report.ManagerId == p.Id)).ToList();
        Assert.True(managers.Count >= 20);
        Assert.All(managers.Where(m => m.ManagerId is not null), m =>
            Assert.Contains(company, r => r.ManagerId == m.Id));
    }

    [Fact]
    public void The_same_seed_gives_the_same_people()
    {
        var again = DemoCompany.Generate();
        Assert.Equal(company.Select(p => (p.DisplayName, p.JobTitle, p.Site)), again.Select(p => (p.DisplayName, p.JobTitle, p.Site)));
    }
}
