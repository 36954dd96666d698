using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Profiles;

public abstract class ProfileEditingTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient me = null!;
    private HttpClient admin = null!;
    private Guid myId;

    public async Task InitializeAsync()
    {
        me = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));
        admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        myId = (await me.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_person_edits_their_profile_and_is_found_by_a_new_skill_without_accents()
    {
        var edit = await me.PatchAsJsonAsync("/api/v1/profiles/me", new
        {
            phone = "+33 1 23 45 67 89",
            pronouns = "elle",
            bio = "J'aime le **vélo** et [notre wiki](https://wiki.example/) #cyclisme",
            skills = new[] { "Cartographie éolienne", "Python" },
            askMeAbout = new[] { "Vélotaf" },
        });
        Assert.Equal(HttpStatusCode.NoContent, edit.StatusCode);

        var profile = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}");
        Assert.Equal("+33 1 23 45 67 89", profile.GetProperty("phone").GetString());
        Assert.Contains("<strong>vélo</strong>", profile.GetProperty("bioHtml").GetString(), StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer nofollow\"", profile.GetProperty("bioHtml").GetString(), StringComparison.Ordinal);

        var found = await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles?search=cartographie%20EOLIENNE");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetGuid() == myId);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[clique](javascript:alert(1))")]
    [InlineData("[svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[a](jAvAsCrIpT:alert(1))")]
    public async Task Nothing_written_in_a_bio_can_run_script(string bio)
    {
        Assert.Equal(HttpStatusCode.NoContent, (await me.PatchAsJsonAsync("/api/v1/profiles/me", new { bio })).StatusCode);
        var html = (await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}")).GetProperty("bioHtml").GetString()!;

        // Escaped text is harmless; what must never appear is markup that runs or loads something.
        Assert.DoesNotMatch(@"<\s*(script|img|svg|iframe|object)", html);
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
        Assert.DoesNotMatch(@"(?i)href\s*=\s*""\s*(javascript|data|vbscript):", html);
    }

    [Fact]
    public async Task Fields_from_the_directory_are_refused_until_an_administrator_opens_them()
    {
        var refused = await me.PatchAsJsonAsync("/api/v1/profiles/me", new { jobTitle = "Grand chef" });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["jobTitle"], problem.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));

        Assert.Equal(HttpStatusCode.Forbidden, (await me.PutAsJsonAsync("/api/v1/profiles/field-rules", new[] { new { field = "jobTitle", editableByEmployee = true } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/profiles/field-rules", new[] { new { field = "jobTitle", editableByEmployee = true } })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PatchAsJsonAsync("/api/v1/profiles/me", new { jobTitle = "Cheffe de projet" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync("/api/v1/profiles/field-rules", new[] { new { field = "jobTitle", editableByEmployee = false } })).StatusCode);

        await (await admin.PutAsJsonAsync("/api/v1/profiles/field-rules", new[] { new { field = "salary", editableByEmployee = true } }))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_values_list_each_field()
    {
        var response = await me.PatchAsJsonAsync("/api/v1/profiles/me", new { phone = "call me maybe", bio = new string('x', 4001), skills = Enumerable.Repeat("s", 31) });
        var errors = (await response.AssertProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("phone", out _));
        Assert.True(errors.TryGetProperty("bio", out _));
        Assert.True(errors.TryGetProperty("skills", out _));
    }

    [Fact]
    public async Task The_org_chart_climbs_to_the_top_and_a_loop_is_refused()
    {
        var chart = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}/org-chart");
        var chain = chart.GetProperty("chain").EnumerateArray().ToList();
        Assert.True(chain.Count >= 2);
        Assert.Equal(JsonValueKind.Null, chain[0].GetProperty("managerId").ValueKind);
        var myManager = chain[^1].GetProperty("id").GetGuid();
        var top = chain[0].GetProperty("id").GetGuid();

        var loop = await admin.PutAsJsonAsync($"/api/v1/profiles/{top}/manager", new { managerId = myId });
        await loop.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var self = await admin.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = myId });
        await self.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = top })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = top })).StatusCode);
        var moved = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{top}/org-chart");
        Assert.Contains(moved.GetProperty("reports").EnumerateArray(), r => r.GetProperty("id").GetGuid() == myId);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = myManager })).StatusCode);
    }

    [Fact]
    public async Task Other_modules_see_a_changed_profile_at_once_even_though_summaries_are_cached()
    {
        async Task<JsonElement> SummaryAsync() =>
            (await (await me.PostAsJsonAsync("/api/v1/profiles/lookup", new { ids = new[] { myId } })).Content.ReadFromJsonAsync<JsonElement>())[0];
        var before = await SummaryAsync();
        var manager = before.GetProperty("managerId").GetGuid();
        var grandManager = (await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{manager}")).GetProperty("manager").GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = grandManager })).StatusCode);
        Assert.Equal(grandManager, (await SummaryAsync()).GetProperty("managerId").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PutAsJsonAsync($"/api/v1/profiles/{myId}/manager", new { managerId = manager })).StatusCode);
        Assert.Equal(manager, (await SummaryAsync()).GetProperty("managerId").GetGuid());
    }
}

public sealed class SqliteProfileEditingTests(SqliteHost host) : ProfileEditingTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlProfileEditingTests(PostgreSqlHost host) : ProfileEditingTests(host), IClassFixture<PostgreSqlHost>;
