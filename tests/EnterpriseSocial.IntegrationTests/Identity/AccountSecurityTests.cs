using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>Password sign-in, reset, lockout and rate limits, each on a fresh demo company.</summary>
public sealed partial class AccountSecurityTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Identity:SignInPermitsPerMinute"] = "8",
            ["Identity:PasswordResetPermitsPerMinute"] = "4",
        });
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    private static async Task<string> WithoutIdsAsync(HttpResponseMessage response) =>
        TraceId().Replace(await response.Content.ReadAsStringAsync(), string.Empty);

    [GeneratedRegex("\"traceId\":\"[^\"]*\"")]
    private static partial Regex TraceId();

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var employee = await factory.DemoEmailAsync("Employee");
        var wrongPassword = await factory.Browser().PasswordSignInAsync(employee, "not-the-password");
        var unknown = await factory.Browser().PasswordSignInAsync("nobody@demo.enterprisesocial.example", "not-the-password");

        await wrongPassword.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(await WithoutIdsAsync(wrongPassword), await WithoutIdsAsync(unknown));
        Assert.Equal(wrongPassword.StatusCode, unknown.StatusCode);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_known_and_unknown_addresses_and_mails_only_the_known()
    {
        var employee = await factory.DemoEmailAsync("Employee");
        var known = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/forgot", new { email = employee });
        var unknown = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/forgot", new { email = "nobody@demo.enterprisesocial.example" });

        Assert.Equal(HttpStatusCode.Accepted, known.StatusCode);
        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal(await known.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());

        var mail = await Mail.WaitForAsync(factory.MailFolder, employee);
        Assert.Single(Directory.GetFiles(factory.MailFolder, "*.eml"));
        Assert.Contains("Réinitialisation du mot de passe / Password reset", mail, StringComparison.Ordinal);
        Assert.Contains("choose a new EnterpriseSocial password", mail, StringComparison.Ordinal);
        Assert.Contains("choisir un nouveau mot de passe", mail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_e_mailed_link_sets_a_new_password_once()
    {
        var employee = await factory.DemoEmailAsync("Employee");
        await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/forgot", new { email = employee });
        var (email, token) = Mail.ResetLink(await Mail.WaitForAsync(factory.MailFolder, employee));

        var weak = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "short" });
        var problem = await weak.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("newPassword", out _));

        var reset = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "Nouveau-mot-de-passe-1" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.NotEmpty((await factory.SignInAsync(employee, "Nouveau-mot-de-passe-1")).AccessToken);

        var again = await factory.CreateClient().PostAsJsonAsync("/api/v1/identity/password/reset", new { email, token, newPassword = "Encore-un-autre-2" });
        var reused = await again.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(reused.GetProperty("errors").TryGetProperty("token", out _));
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var employee = await factory.DemoEmailAsync("Employee");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await factory.Browser().PasswordSignInAsync(employee, "wrong-password-" + attempt);
        }

        var locked = await factory.Browser().PasswordSignInAsync(employee, Oidc.DemoPassword);
        var problem = await locked.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("invalid_credentials", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_answer_429_with_retry_after()
    {
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 12 && refused is null; attempt++)
        {
            var response = await factory.Browser().PasswordSignInAsync($"someone{attempt}@example.test", "whatever-password");
            refused = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.NotNull(refused);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.NotEmpty(refused.Headers.GetValues("Retry-After"));
    }

    [Fact]
    public async Task Client_credentials_give_a_machine_token_that_is_authenticated_but_not_a_person()
    {
        await using var withBot = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Identity:ServiceClients:0:ClientId"] = "release-bot",
            ["Identity:ServiceClients:0:ClientSecret"] = "bot-secret-for-tests",
        });
        var response = await withBot.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "release-bot",
            ["client_secret"] = "bot-secret-for-tests",
            ["scope"] = "api",
        }));
        var token = (await Oidc.ReadTokensAsync(response)).AccessToken;

        var introspection = await withBot.CreateClient().PostAsync("/connect/introspect", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = "release-bot",
            ["client_secret"] = "bot-secret-for-tests",
            ["token"] = token,
        }));
        var active = JsonDocument.Parse(await introspection.Content.ReadAsStringAsync()).RootElement;
        Assert.True(active.GetProperty("active").GetBoolean());
        Assert.Equal("release-bot", active.GetProperty("sub").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await withBot.Api(token).GetAsync("/api/v1/profiles")).StatusCode);
        var wrongSecret = await withBot.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "release-bot",
            ["client_secret"] = "guessed",
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
    }
}
