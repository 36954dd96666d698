using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Platform;

/// <summary>Problems are worded in the language the request asks for: French or English (ADR 0028).</summary>
public sealed class RequestLanguageTests(SqliteHost host) : IClassFixture<SqliteHost>, IAsyncLifetime
{
    private readonly HttpClient anonymous = host.Factory.CreateClient();
    private HttpClient member = null!;

    public async Task InitializeAsync() => (member, _) = await host.Factory.EmployeeAsync(11);

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<JsonElement> ProblemAsync(HttpClient client, HttpMethod method, string path, string? language, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (language is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", language);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await client.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "Introuvable", "Cette route de l'API n'existe pas.")]
    [InlineData("fr-CA", "Introuvable", "Cette route de l'API n'existe pas.")]
    [InlineData("de-DE, fr;q=0.5", "Introuvable", "Cette route de l'API n'existe pas.")]
    [InlineData("de-DE, en;q=0.8, fr;q=0.5", "Not Found", "There is no such API route.")]
    [InlineData("fr;q=0, en", "Not Found", "There is no such API route.")]
    [InlineData("frisian", "Not Found", "There is no such API route.")]
    [InlineData(null, "Not Found", "There is no such API route.")]
    public async Task The_first_of_french_or_english_the_request_lists_words_the_problem(string? language, string title, string detail)
    {
        var problem = await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/no-such-thing", language);

        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refusal_by_a_module_is_in_french_when_asked()
    {
        var plain = await member.PostAsync("Nothing to acknowledge here");
        var path = $"/api/v1/activity/posts/{plain.Id()}/acknowledgement";

        var french = await ProblemAsync(member, HttpMethod.Put, path, "fr");
        var english = await ProblemAsync(member, HttpMethod.Put, path, "en");

        Assert.Equal("Requête impossible à traiter", french.GetProperty("title").GetString());
        Assert.Equal("Seules les annonces à lire obligatoirement peuvent être confirmées comme lues.", french.GetProperty("detail").GetString());
        Assert.Equal("Only must-read announcements are acknowledged.", english.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Field_messages_of_a_validation_problem_are_in_french_when_asked()
    {
        var problem = await ProblemAsync(member, HttpMethod.Post, "/api/v1/profiles/lookup", "fr", new { ids = Array.Empty<Guid>() });

        Assert.Equal("La requête contient des erreurs.", problem.GetProperty("title").GetString());
        Assert.Equal("ids doit contenir au moins un identifiant.", problem.GetProperty("errors").GetProperty("ids")[0].GetString());
    }

    [Fact]
    public async Task One_request_in_french_leaves_the_next_one_in_english()
    {
        await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/no-such-thing", "fr");

        var next = await ProblemAsync(anonymous, HttpMethod.Get, "/api/v1/no-such-thing", null);

        Assert.Equal("There is no such API route.", next.GetProperty("detail").GetString());
    }
}
