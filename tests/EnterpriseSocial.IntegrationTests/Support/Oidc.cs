using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.Identity.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Support;

public sealed record TokenSet(string AccessToken, string RefreshToken, string IdToken);

/// <summary>
/// Signs a person in the way the web client does: the sign-in page opens a session, then
/// authorization code + PKCE (S256) at the OpenID Connect endpoints, then the token endpoint.
/// </summary>
public static class Oidc
{
    public const string WebClientId = "enterprisesocial-web";
    public const string RedirectUri = "http://localhost/signin-callback";
    public const string DemoPassword = "enterprisesocial-demo";
    public const string Scopes = "openid profile email roles offline_access api";

    public static HttpClient Browser(this WebApplicationFactory<Program> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public static async Task<HttpResponseMessage> PasswordSignInAsync(this HttpClient browser, string email, string password) =>
        await browser.PostAsJsonAsync("/api/v1/identity/sign-in", new { email, password });

    public static (string Verifier, string Challenge) Pkce()
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }

    public static string AuthorizeUrl(string challenge, string method = "S256", string state = "state-1") =>
        QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = WebClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = RedirectUri,
            ["scope"] = Scopes,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = method,
            ["state"] = state,
        });

    public static async Task<TokenSet> SignInAsync(this WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        using var browser = factory.Browser();
        var signIn = await browser.PasswordSignInAsync(email, password);
        Assert.Equal(HttpStatusCode.NoContent, signIn.StatusCode);
        return await browser.CodeFlowAsync();
    }

    /// <summary>The code + PKCE flow for a browser that already has a session.</summary>
    public static async Task<TokenSet> CodeFlowAsync(this HttpClient browser)
    {
        var (verifier, challenge) = Pkce();
        var authorize = await browser.GetAsync(AuthorizeUrl(challenge));
        Assert.Equal(HttpStatusCode.Redirect, authorize.StatusCode);
        var callback = QueryHelpers.ParseQuery(authorize.Headers.Location!.Query);
        Assert.Equal("state-1", callback["state"].ToString());

        var tokens = await browser.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = WebClientId,
            ["code"] = callback["code"].ToString(),
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        }));
        return await ReadTokensAsync(tokens);
    }

    public static async Task<HttpResponseMessage> RefreshAsync(this WebApplicationFactory<Program> factory, string refreshToken) =>
        await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["client_id"] = WebClientId,
            ["refresh_token"] = refreshToken,
        }));

    public static async Task<TokenSet> ReadTokensAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonDocument.Parse(body).RootElement;
        return new TokenSet(
            json.GetProperty("access_token").GetString()!,
            json.TryGetProperty("refresh_token", out var refresh) ? refresh.GetString()! : string.Empty,
            json.TryGetProperty("id_token", out var id) ? id.GetString()! : string.Empty);
    }

    /// <summary>A client sending the access token, to the test host's address unless another is given.</summary>
    public static HttpClient Api(this WebApplicationFactory<Program> factory, string accessToken, Uri? address = null)
    {
        var client = address is null ? factory.CreateClient() : factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = address });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static async Task<HttpClient> SignedInAsync(this WebApplicationFactory<Program> factory, string email) =>
        factory.Api((await factory.SignInAsync(email)).AccessToken);

    /// <summary>The e-mail of a demo person with the given platform role and no other role above Employee.</summary>
    public static async Task<string> DemoEmailAsync(this WebApplicationFactory<Program> factory, string role)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDbContext>();
        var withRole = db.AccountRoles.Join(db.Roles, ar => ar.RoleId, r => r.Id, (ar, r) => new { ar.UserId, r.Name });
        var ids = await withRole.GroupBy(x => x.UserId)
            .Where(g => g.Count() == (role == "Employee" ? 1 : 2) && g.Any(x => x.Name == role))
            .Select(g => g.Key).ToListAsync();
        return await db.Accounts.Where(a => ids.Contains(a.Id) && a.IsActive)
            .OrderBy(a => a.NormalizedEmail).Select(a => a.Email!).FirstAsync();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
