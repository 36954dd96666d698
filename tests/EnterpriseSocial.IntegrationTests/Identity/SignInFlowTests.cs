using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace EnterpriseSocial.IntegrationTests.Identity;

public abstract class SignInFlowTests(HostFixture host) : IAsyncLifetime
{
    private HostFactory Factory => host.Factory;

    private string employee = null!;

    public async Task InitializeAsync() => employee = await Factory.DemoEmailAsync("Employee");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Discovery_advertises_the_code_flow_with_s256_only()
    {
        var discovery = JsonDocument.Parse(await Factory.CreateClient().GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Equal(["S256"], discovery.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("authorization_code", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.True(discovery.TryGetProperty("revocation_endpoint", out _));
        Assert.True(discovery.TryGetProperty("introspection_endpoint", out _));
    }

    [Fact]
    public async Task The_code_and_pkce_flow_gives_tokens_the_api_accepts()
    {
        var tokens = await Factory.SignInAsync(employee);
        var me = await Factory.Api(tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/v1/identity/me");

        Assert.Equal(employee, me.GetProperty("email").GetString());
        Assert.Contains("Employee", me.GetProperty("roles").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("UseCompanyDirectory", me.GetProperty("capabilities").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("AdministerAccounts", me.GetProperty("capabilities").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(HttpStatusCode.OK, (await Factory.Api(tokens.AccessToken).GetAsync("/api/v1/profiles")).StatusCode);
        Assert.NotEmpty(tokens.IdToken);
    }

    [Fact]
    public async Task Without_a_session_the_authorization_endpoint_sends_the_browser_to_the_sign_in_page()
    {
        var (_, challenge) = Oidc.Pkce();
        var response = await Factory.Browser().GetAsync(Oidc.AuthorizeUrl(challenge));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin", response.Headers.Location!.AbsolutePath);
        Assert.StartsWith("/connect/authorize?", QueryHelpers.ParseQuery(response.Headers.Location.Query)["ReturnUrl"].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("plain")]
    public async Task Authorization_without_s256_pkce_is_refused(string? method)
    {
        using var browser = Factory.Browser();
        await browser.PasswordSignInAsync(employee, Oidc.DemoPassword);
        var url = method is null
            ? Oidc.AuthorizeUrl("unused").Replace("&code_challenge=unused&code_challenge_method=S256", "", StringComparison.Ordinal)
            : Oidc.AuthorizeUrl(new string('a', 43), method);
        var response = await browser.GetAsync(url);

        var location = response.Headers.Location?.ToString() ?? string.Empty;
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest || location.Contains("error=invalid_request", StringComparison.Ordinal), location);
    }

    [Fact]
    public async Task A_refresh_token_rotates_and_a_used_one_is_refused()
    {
        var first = await Factory.SignInAsync(employee);
        var second = await Oidc.ReadTokensAsync(await Factory.RefreshAsync(first.RefreshToken));
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await Factory.Api(second.AccessToken).GetAsync("/api/v1/identity/me")).StatusCode);

        var replay = await Factory.RefreshAsync(first.RefreshToken);
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal("invalid_grant", JsonDocument.Parse(await replay.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_revoked_refresh_token_no_longer_works()
    {
        var tokens = await Factory.SignInAsync(employee);
        var revoke = await Factory.CreateClient().PostAsync("/connect/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["client_id"] = Oidc.WebClientId,
            ["token"] = tokens.RefreshToken,
            ["token_type_hint"] = "refresh_token",
        }));
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Factory.RefreshAsync(tokens.RefreshToken)).StatusCode);
    }

    [Fact]
    public async Task The_api_refuses_a_missing_or_forged_token_with_a_problem_document()
    {
        await (await Factory.CreateClient().GetAsync("/api/v1/identity/me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var forged = await Factory.Api("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").GetAsync("/api/v1/identity/me");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }
}

public sealed class SqliteSignInFlowTests(SqliteHost host) : SignInFlowTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlSignInFlowTests(PostgreSqlHost host) : SignInFlowTests(host), IClassFixture<PostgreSqlHost>;
