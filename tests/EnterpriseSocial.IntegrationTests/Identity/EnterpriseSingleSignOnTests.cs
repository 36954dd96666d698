using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>
/// Sign-in through the company's identity provider: a second server, a real OpenID Connect
/// provider on a loopback port, plays Entra ID or Keycloak. This host has no demo data, so the
/// person's account and profile can only come from the provider's claims.
/// </summary>
public sealed class EnterpriseSingleSignOnTests : IAsyncLifetime
{
    private const string Person = "oliver.brown@demo.enterprisesocial.example";
    private TestDatabase providerDatabase = null!;
    private HostProcess provider = null!;
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        providerDatabase = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        provider = await HostProcess.StartAsync(providerDatabase, new Dictionary<string, string>
        {
            ["Identity:ServiceClients:0:ClientId"] = "enterprisesocial",
            ["Identity:ServiceClients:0:ClientSecret"] = "sso-secret-for-tests",
            ["Identity:ServiceClients:0:RedirectUris:0"] = "http://localhost/signin-external/callback",
        });
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Demo:SeedInDevelopment"] = "false",
            ["Identity:ExternalProviders:0:Name"] = "corp",
            ["Identity:ExternalProviders:0:DisplayName"] = "Corp SSO",
            ["Identity:ExternalProviders:0:Authority"] = provider.Address.ToString(),
            ["Identity:ExternalProviders:0:ClientId"] = "enterprisesocial",
            ["Identity:ExternalProviders:0:ClientSecret"] = "sso-secret-for-tests",
        });
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        await provider.DisposeAsync();
        await providerDatabase.DisposeAsync();
    }

    /// <summary>One round trip through the provider; returns this host's browser, now with a session.</summary>
    private async Task<(HttpClient Browser, Uri LandedOn)> SignInThroughProviderAsync()
    {
        var browser = factory.Browser();
        var challenge = await browser.GetAsync("/signin-external/corp?returnUrl=/people");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(provider.Address + "connect/authorize", challenge.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var providerBrowser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new() })
        {
            BaseAddress = provider.Address,
        };
        Assert.Equal(HttpStatusCode.NoContent, (await providerBrowser.PasswordSignInAsync(Person, Oidc.DemoPassword)).StatusCode);
        var authorized = await providerBrowser.GetAsync(challenge.Headers.Location);
        Assert.True(authorized.StatusCode == HttpStatusCode.Redirect, challenge.Headers.Location + " " + await authorized.Content.ReadAsStringAsync());
        var callback = authorized.Headers.Location!;
        Assert.Equal("/signin-external/callback", callback.AbsolutePath);

        var landed = await browser.GetAsync(callback.PathAndQuery);
        Assert.True(landed.StatusCode == HttpStatusCode.Redirect, await landed.Content.ReadAsStringAsync());
        return (browser, landed.Headers.Location!);
    }

    [Fact]
    public async Task A_person_signs_in_through_the_company_provider_and_gets_an_account_and_a_profile_just_in_time()
    {
        var providers = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/identity/external-providers");
        Assert.Equal("Corp SSO", providers.EnumerateArray().Single().GetProperty("displayName").GetString());

        var (browser, landedOn) = await SignInThroughProviderAsync();
        Assert.Equal("/people", landedOn.OriginalString);

        var api = factory.Api((await browser.CodeFlowAsync()).AccessToken);
        var me = await api.GetFromJsonAsync<JsonElement>("/api/v1/identity/me");
        Assert.Equal(Person, me.GetProperty("email").GetString());
        Assert.Equal("Oliver Brown", me.GetProperty("displayName").GetString());
        Assert.Contains("Employee", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var id = me.GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => (await api.GetAsync($"/api/v1/profiles/{id}")).StatusCode == HttpStatusCode.OK,
            "the profile is created from the provider's claims");
    }

    [Fact]
    public async Task Signing_in_again_reuses_the_same_account()
    {
        var (first, _) = await SignInThroughProviderAsync();
        var firstId = (await factory.Api((await first.CodeFlowAsync()).AccessToken).GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();
        var (second, _) = await SignInThroughProviderAsync();
        var secondId = (await factory.Api((await second.CodeFlowAsync()).AccessToken).GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();

        Assert.Equal(firstId, secondId);
    }

    [Fact]
    public async Task An_unknown_provider_and_a_foreign_return_url_go_nowhere()
    {
        await (await factory.Browser().GetAsync("/signin-external/nope")).AssertProblemAsync(HttpStatusCode.NotFound);
        var challenge = await factory.Browser().GetAsync("/signin-external/corp?returnUrl=//evil.example/");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.DoesNotContain("evil.example", Uri.UnescapeDataString(challenge.Headers.Location!.ToString()), StringComparison.Ordinal);
    }
}
