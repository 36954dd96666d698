using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Profiles;

public abstract class FollowingTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient me = null!;
    private Guid myId;

    public async Task InitializeAsync()
    {
        me = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));
        myId = (await me.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).GetProperty("id").GetGuid();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> ProfileAsync(Guid id) => await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{id}");

    private async Task<Guid> SomeoneIDoNotFollowAsync()
    {
        var page = await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles?limit=100&search=Sales");
        foreach (var person in page.GetProperty("items").EnumerateArray())
        {
            var id = person.GetProperty("id").GetGuid();
            if (id != myId && !(await ProfileAsync(id)).GetProperty("followedByMe").GetBoolean())
            {
                return id;
            }
        }

        throw new InvalidOperationException("Everyone in Sales is followed already.");
    }

    [Fact]
    public async Task Following_twice_is_harmless_and_counts_follow_along()
    {
        var other = await SomeoneIDoNotFollowAsync();
        var before = (await ProfileAsync(other)).GetProperty("followerCount").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsync($"/api/v1/profiles/{other}/follow", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsync($"/api/v1/profiles/{other}/follow", null)).StatusCode);
        var followed = await ProfileAsync(other);
        Assert.True(followed.GetProperty("followedByMe").GetBoolean());
        Assert.Equal(before + 1, followed.GetProperty("followerCount").GetInt32());

        var followers = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{other}/followers?limit=1");
        Assert.Equal(myId, followers.GetProperty("items")[0].GetProperty("id").GetGuid());
        var following = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}/following?limit=1");
        Assert.Equal(other, following.GetProperty("items")[0].GetProperty("id").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync($"/api/v1/profiles/{other}/follow")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync($"/api/v1/profiles/{other}/follow")).StatusCode);
        var unfollowed = await ProfileAsync(other);
        Assert.False(unfollowed.GetProperty("followedByMe").GetBoolean());
        Assert.Equal(before, unfollowed.GetProperty("followerCount").GetInt32());
    }

    [Fact]
    public async Task Following_yourself_is_422_and_an_unknown_person_is_404()
    {
        await (await me.PutAsync($"/api/v1/profiles/{myId}/follow", null)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await me.PutAsync($"/api/v1/profiles/{Guid.CreateVersion7()}/follow", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await me.GetAsync($"/api/v1/profiles/{Guid.CreateVersion7()}/followers")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Topics_are_followed_once_whatever_their_spelling()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsync("/api/v1/profiles/me/topics/S%C3%A9curit%C3%A9", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await me.PutAsync("/api/v1/profiles/me/topics/%23SECURITE", null)).StatusCode);
        var topics = await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}/topics");
        Assert.Equal(["securite"], topics.GetProperty("items").EnumerateArray().Select(t => t.GetString()));
        Assert.True((await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me/topics/S%C3%A9curit%C3%A9")).GetProperty("following").GetBoolean());

        await (await me.PutAsync("/api/v1/profiles/me/topics/not%20a%20tag", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.NoContent, (await me.DeleteAsync("/api/v1/profiles/me/topics/securite")).StatusCode);
        Assert.Empty((await me.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{myId}/topics")).GetProperty("items").EnumerateArray());
        Assert.False((await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me/topics/securite")).GetProperty("following").GetBoolean());
    }

    [Fact]
    public async Task Suggestions_explain_themselves_and_leave_out_people_already_followed()
    {
        var suggestions = (await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me/suggestions")).EnumerateArray().ToList();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Contains(s.GetProperty("reason").GetString(), new[] { "manager", "direct_report", "interaction", "teammate", "same_department" }));
        Assert.DoesNotContain(suggestions, s => s.GetProperty("person").GetProperty("id").GetGuid() == myId);

        var first = suggestions[0].GetProperty("person").GetProperty("id").GetGuid();
        await me.PutAsync($"/api/v1/profiles/{first}/follow", null);
        var after = (await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me/suggestions")).EnumerateArray();
        Assert.DoesNotContain(after, s => s.GetProperty("person").GetProperty("id").GetGuid() == first);
    }

    [Fact]
    public async Task The_demo_company_has_a_believable_follow_graph()
    {
        var chief = (await me.GetFromJsonAsync<JsonElement>("/api/v1/profiles?search=chief%20executive")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.True((await ProfileAsync(chief)).GetProperty("followerCount").GetInt32() > 100);
        Assert.True((await ProfileAsync(myId)).GetProperty("followingCount").GetInt32() >= 1);
    }
}

public sealed class SqliteFollowingTests(SqliteHost host) : FollowingTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlFollowingTests(PostgreSqlHost host) : FollowingTests(host), IClassFixture<PostgreSqlHost>;
