using System.Net;
using System.Net.Http.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Platform;

public sealed class HttpConventionsTests(SqliteHost host) : IClassFixture<SqliteHost>, IAsyncLifetime
{
    private readonly HttpClient client = host.Factory.CreateClient();
    private HttpClient member = null!;

    public async Task InitializeAsync() => member = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_unknown_api_route_answers_a_problem_document()
    {
        var problem = await (await client.GetAsync("/api/v1/no-such-thing")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("/api/v1/no-such-thing", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task An_unknown_method_on_a_known_route_is_not_the_web_client()
    {
        var response = await member.DeleteAsync("/api/v1/profiles");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_invalid_body_lists_each_field_in_error()
    {
        var response = await member.PostAsJsonAsync("/api/v1/profiles/lookup", new { ids = Array.Empty<Guid>() });
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("ids", out _));
    }

    [Fact]
    public async Task Malformed_json_answers_a_problem_document()
    {
        using var body = new StringContent("{\"ids\": [", System.Text.Encoding.UTF8, "application/json");
        await (await member.PostAsync("/api/v1/profiles/lookup", body)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Invalid_query_parameters_list_each_field_in_error()
    {
        var problem = await (await member.GetAsync("/api/v1/profiles?limit=1000&cursor=%25%25"))
            .AssertProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("limit", out _));
        Assert.True(errors.TryGetProperty("cursor", out _));
    }

    [Fact]
    public async Task An_unhandled_exception_answers_a_problem_document_without_a_stack_trace()
    {
        await using var failing = host.Factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddScoped<IProfileDirectory, ThrowingDirectory>()));
        var token = (await failing.SignInAsync(await failing.DemoEmailAsync("Employee"))).AccessToken;
        var api = failing.Api(token);
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var response = await api.PostAsJsonAsync("/api/v1/profiles/lookup", new { ids = new[] { Guid.NewGuid() } });

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        var text = problem.GetRawText();
        Assert.DoesNotContain("ThrowingDirectory", text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.True(problem.TryGetProperty("traceId", out _));
        // Worded in the request's language although the exception handler runs outside the language middleware.
        Assert.Equal("Une erreur inattendue s'est produite. Citez l'identifiant de trace en la signalant.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Health_live_and_ready_answer()
    {
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_and_the_api_reference_are_served()
    {
        var document = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/profiles\"", document, StringComparison.Ordinal);
        var reference = await client.GetAsync("/api-reference");
        Assert.True(reference.IsSuccessStatusCode || reference.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api-reference/v1")).StatusCode);
    }

    [Fact]
    public async Task Responses_carry_the_security_headers()
    {
        var response = await client.GetAsync("/health/live");
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_web_client_is_served_at_the_root_and_for_its_own_routes()
    {
        foreach (var path in new[] { "/", "/people", "/spaces/some-space" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Everything the sign-in page needs loads for someone who is not signed in yet.
        var index = await client.GetStringAsync("/");
        foreach (System.Text.RegularExpressions.Match asset in System.Text.RegularExpressions.Regex.Matches(index, "(?:src|href)=\"(/[^\"]+)\""))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(asset.Groups[1].Value)).StatusCode);
        }
    }

    private sealed class ThrowingDirectory : IProfileDirectory
    {
        public Task<IReadOnlyList<ProfileSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("secret detail");
    }
}

public sealed class ProductionConventionsTests : IAsyncLifetime
{
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        factory = new HostFactory(database, "Production", new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerMinute"] = "5",
        });
        await factory.Services.MigrateAllAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts()
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://enterprisesocial.test") });
        var response = await client.GetAsync("/health/live");
        Assert.Contains("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_answer_429_with_retry_after()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 10 && refused is null; attempt++)
        {
            var response = await client.GetAsync("/api/v1/profiles");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
        }

        Assert.NotNull(refused);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(retryAfter > 0);
        Assert.Equal("Trop de requêtes", problem.GetProperty("title").GetString());
        Assert.Equal($"Trop de requêtes\u00A0; réessayez dans {retryAfter} secondes.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Requests_to_open_the_hub_count_against_the_same_ceiling()
    {
        var client = factory.CreateClient();
        HttpResponseMessage? refused = null;
        for (var attempt = 0; attempt < 10 && refused is null; attempt++)
        {
            var response = await client.PostAsync("/hubs/notifications/negotiate?negotiateVersion=1", content: null);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            }
        }

        Assert.NotNull(refused);
        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Outside_development_nothing_is_seeded()
    {
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<EnterpriseSocial.Profiles.Data.ProfilesDbContext>().Profiles.AnyAsync());
    }
}
