using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>Files shared in posts, found by their names among the posts the reader may see, paged like posts.</summary>
public abstract class FileSearchTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private Guid authorId;
    private HttpClient reader = null!;

    public async Task InitializeAsync()
    {
        (author, authorId) = await host.Factory.EmployeeAsync(10);
        (reader, _) = await host.Factory.EmployeeAsync(11);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<Guid> UploadAsync(HttpClient client, string fileName)
    {
        using var response = await client.UploadAttachmentAsync(Encoding.UTF8.GetBytes("Minutes of the meeting"), fileName);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private static async Task<Guid> ShareAsync(HttpClient client, string body, Guid attachment, Guid? space = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/activity/posts", new { body, attachmentIds = new[] { attachment }, spaceId = space });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q, string? cursor = null, int limit = 20)
    {
        var response = await client.GetAsync($"/api/v1/activity/search/files?q={Uri.EscapeDataString(q)}&limit={limit}{(cursor is null ? "" : $"&cursor={cursor}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<List<Guid>> FoundAsync(HttpClient client, string q) =>
        (await SearchAsync(client, q)).GetProperty("items").EnumerateArray().Select(f => f.GetProperty("file").Id()).ToList();

    [Fact]
    public async Task A_file_is_found_by_every_word_of_its_name_whatever_accents_and_case_with_the_post_it_was_shared_in()
    {
        var word = SearchTests.Word();
        var minutes = await UploadAsync(author, $"Compte-rendu Réunion {word}.txt");
        var unrelated = await UploadAsync(author, $"Budget {word}.txt");
        var post = await ShareAsync(author, $"Minutes of the **committee** {word}", minutes);
        await ShareAsync(author, "The budget", unrelated);
        var unshared = await UploadAsync(author, $"Réunion draft {word}.txt");

        var page = await SearchAsync(reader, $"REUNION compte {word}");

        var found = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(minutes, found.GetProperty("file").Id());
        Assert.Equal($"Compte-rendu Réunion {word}.txt", found.GetProperty("file").GetProperty("fileName").GetString());
        Assert.Equal($"/api/v1/activity/attachments/{minutes}/content", found.GetProperty("file").GetProperty("url").GetString());
        Assert.Equal(post, found.GetProperty("post").Id());
        Assert.Equal(authorId, found.GetProperty("post").GetProperty("author").Id());
        Assert.Equal($"Minutes of the committee {word}", found.GetProperty("post").GetProperty("excerpt").GetString());
        Assert.DoesNotContain(unshared, await FoundAsync(author, $"reunion {word}"));
    }

    [Fact]
    public async Task Files_come_newest_post_first_by_keyset_and_leave_with_a_deleted_post()
    {
        var word = SearchTests.Word();
        var older = await UploadAsync(author, $"Plan {word} v1.txt");
        await ShareAsync(author, "First plan", older);
        var newer = await UploadAsync(author, $"Plan {word} v2.txt");
        var newerPost = await ShareAsync(author, "Second plan", newer);

        var first = await SearchAsync(reader, word, limit: 1);
        Assert.Equal([newer], first.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("file").Id()));
        var second = await SearchAsync(reader, word, first.GetProperty("nextCursor").GetString(), limit: 1);
        Assert.Equal([older], second.GetProperty("items").EnumerateArray().Select(f => f.GetProperty("file").Id()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/posts/{newerPost}")).StatusCode);
        Assert.Equal([older], await FoundAsync(reader, word));
    }

    [Fact]
    public async Task A_file_in_a_private_space_is_found_by_members_and_answers_outsiders_as_if_it_did_not_exist()
    {
        var word = SearchTests.Word();
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Board {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var file = await UploadAsync(author, $"Board minutes {word}.txt");
        await ShareAsync(author, "For the board", file, space);

        Assert.Equal([file], await FoundAsync(author, word));
        var nobody = await reader.GetStringAsync($"/api/v1/activity/search/files?q={SearchTests.Word()}");
        Assert.Equal(nobody, await reader.GetStringAsync($"/api/v1/activity/search/files?q={word}"));
    }

    [Fact]
    public async Task Files_uploaded_before_file_search_are_indexed_at_start()
    {
        var word = SearchTests.Word();
        var file = await UploadAsync(author, $"Árchive {word}.txt");
        await ShareAsync(author, "From before", file);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        await db.Attachments.Where(a => a.Id == file).ExecuteUpdateAsync(set => set.SetProperty(a => a.SearchName, (string?)null));
        Assert.Empty(await FoundAsync(reader, $"archive {word}"));

        await ActivatorUtilities.CreateInstance<SearchTextBackfill>(scope.ServiceProvider).FillAsync(CancellationToken.None);

        Assert.Equal([file], await FoundAsync(reader, $"archive {word}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=%20%20")]
    [InlineData("q=plans&cursor=not-a-cursor")]
    [InlineData("q=plans&limit=0")]
    public async Task A_search_without_words_or_with_a_bad_page_is_refused_with_a_problem(string query)
    {
        using var response = await reader.GetAsync($"/api/v1/activity/search/files?{query}");
        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        var tooLong = await reader.GetAsync($"/api/v1/activity/search/files?q={new string('a', 201)}");
        await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteFileSearchTests(SqliteHost host) : FileSearchTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlFileSearchTests(PostgreSqlHost host) : FileSearchTests(host), IClassFixture<PostgreSqlHost>;
