using System.Net;
using System.Net.Http.Json;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.IntegrationTests.Profiles;

public abstract class DirectoryTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient client = null!;

    public async Task InitializeAsync() => client = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_directory_is_only_for_signed_in_members()
    {
        var anonymous = await host.Factory.CreateClient().GetAsync("/api/v1/profiles");
        await anonymous.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private sealed record Page(IReadOnlyList<ProfileSummary> Items, string? NextCursor);

    private sealed record Details(Guid Id, string DisplayName, ProfileSummary? Manager, IReadOnlyList<ProfileSummary> DirectReports);

    private async Task<List<ProfileSummary>> ReadAllAsync(string query, int limit)
    {
        var everyone = new List<ProfileSummary>();
        string? cursor = null;
        do
        {
            var url = $"/api/v1/profiles?{query}&limit={limit}" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = (await client.GetFromJsonAsync<Page>(url))!;
            Assert.True(page.Items.Count <= limit);
            everyone.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return everyone;
    }

    [Fact]
    public async Task The_demo_company_is_in_the_directory_and_pages_to_the_end_without_repeats()
    {
        var everyone = await ReadAllAsync("", 37);

        Assert.True(everyone.Count >= 200);
        Assert.Equal(everyone.Count, everyone.Select(p => p.Id).Distinct().Count());
        Assert.True(everyone.Select(p => p.Department).Distinct().Count() >= 8);
        Assert.True(everyone.Select(p => p.Site).Distinct().Count() >= 3);
    }

    [Fact]
    public async Task Search_ignores_accents_and_case()
    {
        var withAccents = await ReadAllAsync("search=H%C3%A9l%C3%A8ne", 100);
        var plain = await ReadAllAsync("search=HELENE", 100);

        Assert.NotEmpty(withAccents);
        Assert.All(withAccents, p => Assert.StartsWith("Hélène", p.DisplayName, StringComparison.Ordinal));
        Assert.Equal(withAccents.Select(p => p.Id), plain.Select(p => p.Id));
    }

    private sealed record Entry(Guid Id, IReadOnlyList<string> MatchedExpertise);

    [Fact]
    public async Task People_found_by_a_skill_come_with_the_skills_the_words_were_found_in()
    {
        var found = (await client.GetFromJsonAsync<CursorPage<Entry>>("/api/v1/profiles?search=GESTION%20projet&limit=100"))!.Items;

        Assert.NotEmpty(found);
        Assert.All(found, p => Assert.Contains("Gestion de projet", p.MatchedExpertise));
        Assert.All(found, p => Assert.InRange(p.MatchedExpertise.Count, 1, 3));

        var listed = (await client.GetFromJsonAsync<CursorPage<Entry>>("/api/v1/profiles?limit=100"))!.Items;
        Assert.All(listed, p => Assert.Empty(p.MatchedExpertise));
    }

    [Fact]
    public async Task Filters_by_department_and_site_combine_with_search()
    {
        var engineers = await ReadAllAsync("department=Engineering", 50);
        Assert.NotEmpty(engineers);
        Assert.All(engineers, p => Assert.Equal("Engineering", p.Department));

        var site = engineers[0].Site;
        var here = await ReadAllAsync($"department=Engineering&site={Uri.EscapeDataString(site)}&search=engineer", 50);
        Assert.NotEmpty(here);
        Assert.All(here, p => Assert.Equal(site, p.Site));
    }

    [Fact]
    public async Task A_profile_shows_its_manager_and_direct_reports()
    {
        var chief = (await ReadAllAsync("search=chief%20executive", 10)).Single();
        var details = (await client.GetFromJsonAsync<Details>($"/api/v1/profiles/{chief.Id}"))!;

        Assert.Null(details.Manager);
        Assert.True(details.DirectReports.Count >= 8);
        var report = details.DirectReports[0];
        var reportDetails = (await client.GetFromJsonAsync<Details>($"/api/v1/profiles/{report.Id}"))!;
        Assert.Equal(chief.Id, reportDetails.Manager?.Id);
    }

    [Fact]
    public async Task An_unknown_profile_is_a_404_problem() =>
        await (await client.GetAsync($"/api/v1/profiles/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task Lookup_returns_known_people_and_leaves_out_unknown_ids()
    {
        var some = (await client.GetFromJsonAsync<Page>("/api/v1/profiles?limit=3"))!.Items;
        var response = await client.PostAsJsonAsync("/api/v1/profiles/lookup",
            new { ids = some.Select(p => p.Id).Append(Guid.CreateVersion7()).ToArray() });

        var found = (await response.Content.ReadFromJsonAsync<List<ProfileSummary>>())!;
        Assert.Equal(some.Select(p => p.Id).Order(), found.Select(p => p.Id).Order());
    }

    [Fact]
    public async Task Lookup_refuses_more_than_a_hundred_ids()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => Guid.CreateVersion7()).ToArray();
        var problem = await (await client.PostAsJsonAsync("/api/v1/profiles/lookup", new { ids }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ids", out _));
    }

    private sealed record Facets(IReadOnlyList<string> Departments, IReadOnlyList<string> Sites);

    [Fact]
    public async Task The_directory_filters_by_department_and_site_among_those_it_lists()
    {
        var facets = (await client.GetFromJsonAsync<Facets>("/api/v1/profiles/facets"))!;
        Assert.True(facets.Departments.Count > 5);
        Assert.True(facets.Sites.Count > 2);

        var someone = (await client.GetFromJsonAsync<Page>("/api/v1/profiles?limit=1"))!.Items[0];
        var (department, site) = (someone.Department, someone.Site);
        Assert.Contains(department, facets.Departments);
        Assert.Contains(site, facets.Sites);
        var page = (await client.GetFromJsonAsync<Page>(
            $"/api/v1/profiles?limit=100&department={Uri.EscapeDataString(department)}&site={Uri.EscapeDataString(site)}"))!;
        Assert.NotEmpty(page.Items);
        Assert.All(page.Items, p => Assert.Equal((department, site), (p.Department, p.Site)));
    }
}

public sealed class SqliteDirectoryTests(SqliteHost host) : DirectoryTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDirectoryTests(PostgreSqlHost host) : DirectoryTests(host), IClassFixture<PostgreSqlHost>;
