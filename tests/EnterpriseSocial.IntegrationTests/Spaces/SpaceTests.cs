using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Spaces;

public abstract class SpaceTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient owner = null!;
    private Guid ownerId;
    private HttpClient colleague = null!;
    private Guid colleagueId;
    private HttpClient outsider = null!;
    private Guid outsiderId;

    public async Task InitializeAsync()
    {
        (owner, ownerId) = await host.Factory.EmployeeAsync(4);
        (colleague, colleagueId) = await host.Factory.EmployeeAsync(5);
        (outsider, outsiderId) = await host.Factory.EmployeeAsync(6);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> CreateAsync(string visibility, string guidelines = "")
    {
        var response = await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Space {Guid.NewGuid():N}"[..20], description = "About things", guidelines, visibility });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> SpaceAsync(HttpClient client, Guid id) => await client.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{id}");

    private static async Task<List<Guid>> DirectoryAsync(HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/spaces?limit=100{query}")).GetProperty("items").EnumerateArray().Select(s => s.Id()).ToList();

    [Fact]
    public async Task A_public_space_is_joined_and_left_by_anyone_and_its_creator_owns_it()
    {
        var space = await CreateAsync("public");
        Assert.Equal("owner", space.GetProperty("myRole").GetString());
        Assert.Contains(space.Id(), await DirectoryAsync(colleague));

        var joined = await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.Equal(2, (await SpaceAsync(owner, space.Id())).GetProperty("memberCount").GetInt32());
        Assert.Contains(space.Id(), await DirectoryAsync(colleague, "&mine=true"));

        Assert.Equal(HttpStatusCode.NoContent, (await colleague.DeleteAsync($"/api/v1/spaces/{space.Id()}/membership")).StatusCode);
        var after = await SpaceAsync(colleague, space.Id());
        Assert.Equal(1, after.GetProperty("memberCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("myRole").ValueKind);
    }

    [Fact]
    public async Task Joining_a_space_with_guidelines_means_accepting_them()
    {
        var space = await CreateAsync("public", guidelines: "Be kind.");
        await (await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.OK, (await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { acceptGuidelines = true })).StatusCode);
    }

    [Fact]
    public async Task A_private_space_takes_requests_that_its_managers_approve_or_decline()
    {
        var space = await CreateAsync("private");
        var asked = await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { });
        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        Assert.True((await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestedToJoin").GetBoolean());
        Assert.False((await SpaceAsync(colleague, space.Id())).GetProperty("canRead").GetBoolean());
        await (await colleague.GetAsync($"/api/v1/spaces/{space.Id()}/members")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await colleague.GetAsync($"/api/v1/spaces/{space.Id()}/join-requests")).AssertProblemAsync(HttpStatusCode.Forbidden);

        var requests = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space.Id()}/join-requests");
        Assert.Equal([colleagueId], requests.EnumerateArray().Select(r => r.GetProperty("personId").GetGuid()));
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsync($"/api/v1/spaces/{space.Id()}/join-requests/{colleagueId}", null)).StatusCode);
        Assert.Equal("member", (await SpaceAsync(colleague, space.Id())).GetProperty("myRole").GetString());

        Assert.Equal(HttpStatusCode.Accepted, (await outsider.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space.Id()}/join-requests/{outsiderId}")).StatusCode);
        var declined = await SpaceAsync(outsider, space.Id());
        Assert.False(declined.GetProperty("requestedToJoin").GetBoolean());
        Assert.Equal(JsonValueKind.Null, declined.GetProperty("myRole").ValueKind);
    }

    [Fact]
    public async Task A_secret_space_does_not_exist_for_anyone_outside_it_until_invited()
    {
        var space = await CreateAsync("secret");
        Assert.DoesNotContain(space.Id(), await DirectoryAsync(outsider));
        await (await outsider.GetAsync($"/api/v1/spaces/{space.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/spaces/{space.Id()}/members")).AssertProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await outsider.GetAsync($"/api/v1/spaces/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        var secret = await (await outsider.GetAsync($"/api/v1/spaces/{space.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(missing.GetProperty("detail").GetString(), secret.GetProperty("detail").GetString());

        var invited = await owner.PostAsJsonAsync($"/api/v1/spaces/{space.Id()}/invitations", new { personIds = new[] { outsiderId } });
        Assert.Equal(1, (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Contains(space.Id(), await DirectoryAsync(outsider));
        Assert.True((await SpaceAsync(outsider, space.Id())).GetProperty("canRead").GetBoolean());
    }

    [Fact]
    public async Task Only_owners_and_managers_change_a_space_and_a_space_keeps_an_owner()
    {
        var space = await CreateAsync("public");
        await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { });
        await (await colleague.PatchAsJsonAsync($"/api/v1/spaces/{space.Id()}", new { name = "Hijacked" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.True((await SpaceAsync(owner, space.Id())).GetProperty("onlyOwner").GetBoolean());
        Assert.False((await SpaceAsync(colleague, space.Id())).GetProperty("onlyOwner").GetBoolean());
        await (await owner.DeleteAsync($"/api/v1/spaces/{space.Id()}/membership")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await owner.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/members/{ownerId}", new { role = "member" })).AssertProblemAsync(HttpStatusCode.Conflict);

        var renamed = await owner.PatchAsJsonAsync($"/api/v1/spaces/{space.Id()}", new { name = "Renamed space", visibility = "private" });
        Assert.Equal("private", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("visibility").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/members/{colleagueId}", new { role = "owner" })).StatusCode);
        Assert.False((await SpaceAsync(owner, space.Id())).GetProperty("onlyOwner").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space.Id()}/membership")).StatusCode);
        Assert.Equal("owner", (await SpaceAsync(colleague, space.Id())).GetProperty("myRole").GetString());
        Assert.True((await SpaceAsync(colleague, space.Id())).GetProperty("onlyOwner").GetBoolean());
    }

    [Fact]
    public async Task A_removed_and_banned_member_cannot_come_back_or_read_a_private_space()
    {
        var space = await CreateAsync("public");
        await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { });
        await owner.PatchAsJsonAsync($"/api/v1/spaces/{space.Id()}", new { visibility = "private" });

        Assert.Equal(HttpStatusCode.NoContent, (await owner.DeleteAsync($"/api/v1/spaces/{space.Id()}/members/{colleagueId}?banDays=30")).StatusCode);
        await (await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await colleague.GetAsync($"/api/v1/spaces/{space.Id()}/members")).AssertProblemAsync(HttpStatusCode.Forbidden);

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<ISpaceAccess>();
        Assert.Empty(await access.ReadableAsync(colleagueId, [space.Id()], CancellationToken.None));
        Assert.Equal([ownerId], await access.ReadersAsync(space.Id(), [ownerId, colleagueId, outsiderId], CancellationToken.None));
        Assert.False(await access.CanContributeAsync(colleagueId, space.Id(), CancellationToken.None));
        Assert.True(await access.CanModerateAsync(ownerId, space.Id(), CancellationToken.None));
    }

    [Fact]
    public async Task Members_are_listed_in_joining_order_searchable_by_name_and_a_whole_department_can_be_invited()
    {
        var space = await CreateAsync("public");
        var profile = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{colleagueId}");
        var invited = await owner.PostAsJsonAsync($"/api/v1/spaces/{space.Id()}/invitations", new { department = profile.GetProperty("department").GetString() });
        Assert.True((await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32() > 1);

        var first = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space.Id()}/members?limit=1");
        Assert.Equal(ownerId, first.GetProperty("items")[0].GetProperty("personId").GetGuid());
        var next = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space.Id()}/members?limit=1&cursor={first.GetProperty("nextCursor").GetString()}");
        Assert.NotEqual(ownerId, next.GetProperty("items")[0].GetProperty("personId").GetGuid());

        var name = profile.GetProperty("displayName").GetString()!;
        var found = await owner.GetFromJsonAsync<JsonElement>($"/api/v1/spaces/{space.Id()}/members?search={Uri.EscapeDataString(name.ToUpperInvariant())}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), m => m.GetProperty("personId").GetGuid() == colleagueId);
    }

    [Fact]
    public async Task Newcomers_read_the_welcome_message_and_a_manager_of_another_space_is_an_outsider_here()
    {
        var space = await CreateAsync("private");
        Assert.Equal(HttpStatusCode.OK, (await owner.PatchAsJsonAsync($"/api/v1/spaces/{space.Id()}", new { welcome = "Welcome! Start with the pinned posts." })).StatusCode);
        Assert.Equal(string.Empty, (await SpaceAsync(colleague, space.Id())).GetProperty("welcome").GetString());
        await owner.PostAsJsonAsync($"/api/v1/spaces/{space.Id()}/invitations", new { personIds = new[] { colleagueId } });
        var joined = await SpaceAsync(colleague, space.Id());
        Assert.Equal("Welcome! Start with the pinned posts.", joined.GetProperty("welcome").GetString());
        Assert.NotEqual(JsonValueKind.Null, joined.GetProperty("joinedAt").ValueKind);

        var secret = await CreateAsync("secret");
        var theirs = (await (await outsider.PostAsJsonAsync("/api/v1/spaces", new { name = "Outsider's own space", visibility = "private" })).Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal("owner", (await SpaceAsync(outsider, theirs)).GetProperty("myRole").GetString());
        await (await outsider.GetAsync($"/api/v1/spaces/{secret.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.GetAsync($"/api/v1/spaces/{space.Id()}/join-requests")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.PostAsJsonAsync($"/api/v1/spaces/{secret.Id()}/invitations", new { personIds = new[] { outsiderId } })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_cover_image_is_re_encoded_and_shown_only_to_those_who_may_see_the_space()
    {
        var space = await CreateAsync("secret");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEklEQVR4nGP438CAFWEXHbQSAKmzX8FBxi1QAAAAAElFTkSuQmCC");
        MultipartFormDataContent Form(byte[] content)
        {
            var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(content), "file", "cover.png");
            return form;
        }

        await (await colleague.PutAsync($"/api/v1/spaces/{space.Id()}/cover", Form(png))).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PutAsync($"/api/v1/spaces/{space.Id()}/cover", Form("<svg onload=alert(1)>"u8.ToArray()))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsync($"/api/v1/spaces/{space.Id()}/cover", Form(png))).StatusCode);
        Assert.Equal(1, (await SpaceAsync(owner, space.Id())).GetProperty("coverVersion").GetInt32());

        var cover = await owner.GetAsync($"/api/v1/spaces/{space.Id()}/cover");
        Assert.Equal("image/webp", cover.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", cover.Headers.GetValues("X-Content-Type-Options").Single());
        await (await outsider.GetAsync($"/api/v1/spaces/{space.Id()}/cover")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_requests_are_refused_with_problems()
    {
        await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = "ab", visibility = "public" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.PostAsJsonAsync("/api/v1/spaces", new { name = "A good name", visibility = "hidden" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        var space = await CreateAsync("public");
        await (await owner.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/members/{ownerId}", new { role = "king" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/members/{outsiderId}", new { role = "member" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await owner.PostAsJsonAsync($"/api/v1/spaces/{space.Id()}/invitations", new { personIds = Array.Empty<Guid>() })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await owner.GetAsync("/api/v1/spaces?cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.NoContent, (await owner.PutAsync($"/api/v1/spaces/{space.Id()}/archived", null)).StatusCode);
        await (await colleague.PutAsJsonAsync($"/api/v1/spaces/{space.Id()}/membership", new { })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.True((await SpaceAsync(colleague, space.Id())).GetProperty("archived").GetBoolean());
    }

    [Fact]
    public async Task The_demo_company_has_spaces_of_every_kind()
    {
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var page = await admin.GetFromJsonAsync<JsonElement>("/api/v1/spaces?limit=100");
        var kinds = page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("visibility").GetString()).ToHashSet();
        Assert.Contains("public", kinds);
        Assert.Contains("private", kinds);
    }
}

public sealed class SqliteSpaceTests(SqliteHost host) : SpaceTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlSpaceTests(PostgreSqlHost host) : SpaceTests(host), IClassFixture<PostgreSqlHost>;
