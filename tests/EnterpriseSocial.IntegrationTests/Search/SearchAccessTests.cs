using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>
/// Search follows the space access contract (ADR 0016): whoever may not read a space finds exactly
/// what they would find if its posts did not exist, and no suggestion names a secret space.
/// </summary>
public abstract class SearchAccessTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient owner = null!;
    private HttpClient member = null!;
    private Guid memberId;
    private HttpClient outsider = null!;
    private HttpClient otherManager = null!;
    private HttpClient otherGuest = null!;
    private Guid otherGuestId;

    public async Task InitializeAsync()
    {
        (owner, _) = await host.Factory.EmployeeAsync(5);
        (member, memberId) = await host.Factory.EmployeeAsync(6);
        (outsider, _) = await host.Factory.EmployeeAsync(7);
        (otherManager, _) = await host.Factory.EmployeeAsync(8);
        (otherGuest, otherGuestId) = await host.Factory.EmployeeAsync(9);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> SpaceAsync(HttpClient creator, string visibility, string? name = null)
    {
        var response = await creator.PostAsJsonAsync("/api/v1/spaces", new { name = name ?? $"Space {Guid.NewGuid():N}"[..20], visibility });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.True((await creator.PostAsJsonAsync($"/api/v1/spaces/{id}/invitations", new { personIds = new[] { memberId } })).IsSuccessStatusCode);
        return id;
    }

    private static async Task<Guid> PostInAsync(HttpClient client, Guid space, string body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/activity/posts", new { body, spaceId = space });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
    }

    /// <summary>The whole answer, to compare with the answer for words nobody wrote.</summary>
    private static Task<string> AnswerAsync(HttpClient client, string q) =>
        client.GetStringAsync($"/api/v1/activity/search?q={Uri.EscapeDataString(q)}");

    private static async Task AssertNothingFoundAsync(HttpClient client, string word) =>
        Assert.Equal(await AnswerAsync(client, SearchTests.Word()), await AnswerAsync(client, word));

    [Fact]
    public async Task A_private_spaces_posts_are_found_by_its_members_only_not_by_outsiders_nor_managers_or_guests_of_other_spaces()
    {
        var elsewhere = await SpaceAsync(otherManager, "private");
        Assert.True((await otherManager.PostAsJsonAsync($"/api/v1/spaces/{elsewhere}/invitations", new { personIds = new[] { otherGuestId } })).IsSuccessStatusCode);
        var guestRole = await otherManager.PutAsJsonAsync($"/api/v1/spaces/{elsewhere}/members/{otherGuestId}", new { role = "guest" });
        Assert.Equal(HttpStatusCode.NoContent, guestRole.StatusCode);
        var space = await SpaceAsync(owner, "private");
        var word = SearchTests.Word();
        var post = await PostInAsync(member, space, $"Budget draft {word}");

        Assert.Equal([post], await SearchTests.FoundAsync(owner, word));
        Assert.Equal([post], await SearchTests.FoundAsync(member, word));
        await AssertNothingFoundAsync(outsider, word);
        await AssertNothingFoundAsync(otherManager, word);
        await AssertNothingFoundAsync(otherGuest, word);

        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/v1/spaces/{space}/membership")).StatusCode);
        await AssertNothingFoundAsync(member, word);
    }

    private static async Task<List<Guid>> FoundInAsync(HttpClient client, string kind, string word, Guid space)
    {
        var page = await client.GetFromJsonAsync<JsonElement>($"/api/v1/activity/{kind}?q={word}&space={space}");
        return page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty(kind == "search" ? "post" : "file").Id()).ToList();
    }

    [Fact]
    public async Task A_search_within_a_space_finds_its_posts_and_files_only_and_nothing_in_a_space_the_reader_may_not_see()
    {
        var word = SearchTests.Word();
        var space = await SpaceAsync(owner, "public");
        var inside = await PostInAsync(member, space, $"Roadmap {word}");
        var outside = await member.PostAsync($"Roadmap too {word}");
        using var upload = await member.UploadAttachmentAsync(Encoding.UTF8.GetBytes("Slides"), $"Roadmap {word}.txt");
        var file = (await upload.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Slides", attachmentIds = new[] { file }, spaceId = space })).StatusCode);

        Assert.Contains(outside.Id(), await SearchTests.FoundAsync(outsider, word));
        Assert.DoesNotContain(outside.Id(), await FoundInAsync(outsider, "search", word, space));
        Assert.Contains(inside, await FoundInAsync(outsider, "search", word, space));
        Assert.Equal([file], await FoundInAsync(outsider, "search/files", word, space));

        var secret = await SpaceAsync(owner, "private");
        await PostInAsync(member, secret, $"Private roadmap {word}");
        var hidden = await outsider.GetStringAsync($"/api/v1/activity/search?q={word}&space={secret}");
        Assert.Equal(await outsider.GetStringAsync($"/api/v1/activity/search?q={word}&space={Guid.CreateVersion7()}"), hidden);
        Assert.Single(await FoundInAsync(member, "search", word, secret));
        await (await outsider.GetAsync($"/api/v1/activity/search?q={word}&space=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_removed_and_banned_member_no_longer_finds_even_their_own_posts_nor_their_comments()
    {
        var space = await SpaceAsync(owner, "private");
        var word = SearchTests.Word();
        var own = await PostInAsync(member, space, $"My own notes {word}");
        var other = await PostInAsync(owner, space, "Planning");
        Assert.True((await member.PostAsJsonAsync($"/api/v1/activity/posts/{other}/comments", new { body = $"My comment {word}" })).IsSuccessStatusCode);
        Assert.Equal([other, own], await SearchTests.FoundAsync(member, word));

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space}/members/{memberId}?banDays=30")).StatusCode);
        await AssertNothingFoundAsync(member, word);
        Assert.Equal([other, own], await SearchTests.FoundAsync(owner, word));
    }

    [Fact]
    public async Task Turning_a_public_space_private_hides_its_posts_from_outsiders_at_once()
    {
        var space = await SpaceAsync(owner, "public");
        var word = SearchTests.Word();
        var post = await PostInAsync(member, space, $"Open roadmap {word}");
        Assert.Equal([post], await SearchTests.FoundAsync(outsider, word));

        Assert.Equal(HttpStatusCode.OK, (await owner.PatchAsJsonAsync($"/api/v1/spaces/{space}", new { visibility = "private" })).StatusCode);
        await AssertNothingFoundAsync(outsider, word);
        await AssertNothingFoundAsync(otherManager, word);
        Assert.Equal([post], await SearchTests.FoundAsync(member, word));
    }

    [Fact]
    public async Task Nobody_outside_a_secret_space_finds_its_name_its_posts_or_its_topics()
    {
        var word = SearchTests.Word();
        var space = await SpaceAsync(owner, "secret", $"Secret {word}");
        var post = await PostInAsync(member, space, $"Acquisition plans {word} #t{word}");

        Assert.Empty(await SpaceNamesAsync(outsider, word));
        Assert.Empty(await SpaceNamesAsync(otherManager, word));
        Assert.Equal([$"Secret {word}"], await SpaceNamesAsync(member, word));

        await AssertNothingFoundAsync(outsider, word);
        Assert.Equal([post], await SearchTests.FoundAsync(member, word));

        Assert.Empty(await TopicsAsync(outsider, $"t{word}"));
        Assert.Equal([$"t{word}"], await TopicsAsync(member, $"t{word}"));
    }

    [Fact]
    public async Task Mention_suggestions_say_nothing_of_the_secret_spaces_a_person_is_in()
    {
        // @-mention completion asks the people directory; a member's entry is the same before and after a secret space.
        var name = (await outsider.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{memberId}")).GetProperty("displayName").GetString()!;
        var suggestions = $"/api/v1/profiles?search={Uri.EscapeDataString(name)}&limit=10";
        var before = await outsider.GetStringAsync(suggestions);
        var word = SearchTests.Word();
        var space = await SpaceAsync(owner, "secret", $"Hidden {word}");
        await PostInAsync(member, space, $"Only for us {word}");

        Assert.Equal(before, await outsider.GetStringAsync(suggestions));
        Assert.DoesNotContain(word, before, StringComparison.Ordinal);
    }

    private static async Task<List<string?>> SpaceNamesAsync(HttpClient client, string search) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/spaces?search={search}&limit=100")).GetProperty("items")
            .EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();

    private static async Task<List<string>> TopicsAsync(HttpClient client, string prefix) =>
        await client.GetFromJsonAsync<List<string>>($"/api/v1/activity/topics?prefix={prefix}") ?? [];
}

public sealed class SqliteSearchAccessTests(SqliteHost host) : SearchAccessTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlSearchAccessTests(PostgreSqlHost host) : SearchAccessTests(host), IClassFixture<PostgreSqlHost>;
