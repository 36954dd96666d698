using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>Invitation, offboarding, roles and the audit log, through the API as an administrator would.</summary>
public abstract class AdministrationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase database = null!;
    private HostFactory factory = null!;
    private HttpClient admin = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(provider);
        factory = new HostFactory(database);
        admin = await factory.SignedInAsync(await factory.DemoEmailAsync("Admin"));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    private async Task<Guid> IdOfAsync(string email)
    {
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/identity/accounts?search={Uri.EscapeDataString(email)}");
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Deactivation_stops_tokens_sessions_and_sign_in_and_reactivation_restores_them()
    {
        var email = await factory.DemoEmailAsync("Employee");
        var tokens = await factory.SignInAsync(email);
        var employee = factory.Api(tokens.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync("/api/v1/identity/me")).StatusCode);

        var id = await IdOfAsync(email);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/identity/accounts/{id}/deactivate", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/v1/identity/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await employee.GetAsync("/api/v1/profiles")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.RefreshAsync(tokens.RefreshToken)).StatusCode);
        await (await factory.Browser().PasswordSignInAsync(email, Oidc.DemoPassword)).AssertProblemAsync(HttpStatusCode.BadRequest);

        // The person stays in the directory under their name, as a former employee.
        await Eventually.HoldsAsync(
            async () => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}")).GetProperty("isFormerEmployee").GetBoolean(),
            "the profile is marked as a former employee's");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/identity/accounts/{id}/reactivate", null)).StatusCode);
        Assert.NotEmpty((await factory.SignInAsync(email)).AccessToken);
        await Eventually.HoldsAsync(
            async () => !(await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}")).GetProperty("isFormerEmployee").GetBoolean(),
            "the former-employee mark is cleared");
    }

    [Fact]
    public async Task An_invited_person_sets_a_password_signs_in_and_appears_in_the_directory()
    {
        var response = await admin.PostAsJsonAsync("/api/v1/identity/accounts",
            new { email = "zoe.nouvelle@demo.enterprisesocial.example", displayName = "Zoé Nouvelle", roles = new[] { "Employee" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invited = await response.Content.ReadFromJsonAsync<JsonElement>();

        var (email, token) = Mail.ResetLink(invited.GetProperty("setPasswordLink").GetString()!);
        var set = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "Bienvenue-Zoe-2026" });
        Assert.True(set.StatusCode == HttpStatusCode.NoContent, await set.Content.ReadAsStringAsync());
        var zoe = factory.Api((await factory.SignInAsync("zoe.nouvelle@demo.enterprisesocial.example", "Bienvenue-Zoe-2026")).AccessToken);

        var id = invited.GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => (await zoe.GetAsync($"/api/v1/profiles/{id}")).StatusCode == HttpStatusCode.OK,
            "the new account's profile is in the directory");
        await Mail.WaitForAsync(factory.MailFolder, "zoe.nouvelle@demo.enterprisesocial.example");

        var again = await admin.PostAsJsonAsync("/api/v1/identity/accounts",
            new { email = "ZOE.NOUVELLE@demo.enterprisesocial.example", displayName = "Zoé", roles = new[] { "Employee" } });
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Roles_change_capabilities_and_every_action_is_in_the_audit_log()
    {
        var email = await factory.DemoEmailAsync("Employee");
        var id = await IdOfAsync(email);
        var granted = await admin.PutAsJsonAsync($"/api/v1/identity/accounts/{id}/roles", new { roles = new[] { "Employee", "HR" } });
        Assert.Equal(HttpStatusCode.NoContent, granted.StatusCode);

        var hr = await factory.SignedInAsync(email);
        var me = await hr.GetFromJsonAsync<JsonElement>("/api/v1/identity/me");
        Assert.Contains("ViewParticipationAnalytics", me.GetProperty("capabilities").EnumerateArray().Select(c => c.GetString()));

        var invalid = await admin.PutAsJsonAsync($"/api/v1/identity/accounts/{id}/roles", new { roles = new[] { "Emperor" } });
        await invalid.AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await admin.PostAsync($"/api/v1/identity/accounts/{Guid.CreateVersion7()}/deactivate", null)).AssertProblemAsync(HttpStatusCode.NotFound);

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/identity/audit");
        var newest = audit.GetProperty("items").EnumerateArray().First();
        Assert.Equal("account.roles_changed", newest.GetProperty("action").GetString());
        Assert.Equal(id, newest.GetProperty("targetId").GetGuid());
        Assert.Equal("Employee,HR", newest.GetProperty("details").GetString());
        Assert.False(string.IsNullOrEmpty(newest.GetProperty("actorName").GetString()));
    }

    [Fact]
    public async Task Administration_is_refused_to_people_without_the_capability()
    {
        var employee = await factory.SignedInAsync(await factory.DemoEmailAsync("Employee"));
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/v1/identity/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/v1/identity/audit")).StatusCode);
        var invite = await employee.PostAsJsonAsync("/api/v1/identity/accounts", new { email = "x@example.test", displayName = "X", roles = new[] { "Admin" } });
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves_out()
    {
        var me = await admin.GetFromJsonAsync<JsonElement>("/api/v1/identity/me");
        var id = me.GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/identity/accounts/{id}/deactivate", null)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await admin.PutAsJsonAsync($"/api/v1/identity/accounts/{id}/roles", new { roles = new[] { "Employee" } }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }
}

public sealed class SqliteAdministrationTests() : AdministrationTests(DatabaseProvider.Sqlite);

public sealed class PostgreSqlAdministrationTests() : AdministrationTests(DatabaseProvider.PostgreSql);
