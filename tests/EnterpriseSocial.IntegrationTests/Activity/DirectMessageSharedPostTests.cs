using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// A post sent to a colleague in a message: only a post both people may see is sent, and each reader sees it while they
/// may see the post itself, as every stream shows it.
/// </summary>
public abstract class DirectMessageSharedPostTests(HostFixture host)
{
    private static Task<HttpResponseMessage> SendPostAsync(HttpClient from, Guid to, Guid postId, string text = "", string? key = null) =>
        from.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"/api/v1/messages/with/{to}")
        {
            Content = JsonContent.Create(new { text, sharedPostId = postId }),
            Headers = { { "Idempotency-Key", key ?? Guid.NewGuid().ToString() } },
        });

    private static async Task<JsonElement> SharedPostAsShownToAsync(HttpClient reader, Guid other) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{other}")).GetProperty("items")[0].GetProperty("sharedPost");

    private static async Task<Guid> PrivateSpaceAsync(HttpClient owner, Guid member)
    {
        var response = await owner.PostAsJsonAsync("/api/v1/spaces", new { name = $"Space {Guid.NewGuid():N}"[..20], visibility = "private" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var space = (await response.Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.True((await owner.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { member } })).IsSuccessStatusCode);
        return space;
    }

    [Fact]
    public async Task A_post_sent_without_words_shows_its_author_and_words_to_both_live_and_in_the_list_until_it_is_deleted()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(0);
        var (bob, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(1);
        await using var bobsApp = host.Factory.HubConnection(bobToken);
        var arrivals = await bobsApp.ReceiveAsync("activity:messages", "message.sent");
        var post = (await alice.PostAsync("The **quarterly results** are out")).Id();

        var response = await SendPostAsync(alice, bobId, post);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var sent = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sharedPost");
        Assert.True(sent.GetProperty("available").GetBoolean());
        Assert.Equal(post, sent.Id());
        Assert.Equal(aliceId, sent.GetProperty("author").Id());
        Assert.Equal("The quarterly results are out", sent.GetProperty("excerpt").GetString());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("space").ValueKind);

        Assert.Equal(sent.ToString(), (await arrivals.NextAsync()).GetProperty("message").GetProperty("sharedPost").ToString());
        Assert.Equal(sent.ToString(), (await SharedPostAsShownToAsync(bob, aliceId)).ToString());
        var latest = (await bob.GetFromJsonAsync<JsonElement>("/api/v1/messages")).GetProperty("items")[0].GetProperty("lastMessage");
        Assert.True(latest.GetProperty("sharesPost").GetBoolean());
        Assert.Equal(string.Empty, latest.GetProperty("excerpt").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/activity/posts/{post}")).StatusCode);
        var gone = await SharedPostAsShownToAsync(bob, aliceId);
        Assert.False(gone.GetProperty("available").GetBoolean());
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("excerpt").ValueKind);
    }

    [Fact]
    public async Task Only_a_post_both_people_may_see_is_sent_and_one_the_reader_no_longer_sees_shows_as_one_deleted()
    {
        var (owner, ownerId) = await host.Factory.EmployeeAsync(2);
        var (member, memberId) = await host.Factory.EmployeeAsync(3);
        var (outsider, outsiderId) = await host.Factory.EmployeeAsync(4);
        var space = await PrivateSpaceAsync(owner, memberId);
        var postResponse = await owner.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Draft budget", spaceId = space });
        var post = (await postResponse.Content.ReadFromJsonAsync<JsonElement>()).Id();

        await (await SendPostAsync(owner, outsiderId, post)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        var hidden = await (await SendPostAsync(outsider, ownerId, post)).AssertProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await SendPostAsync(outsider, ownerId, Guid.NewGuid())).AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(missing.GetProperty("detail").GetString(), hidden.GetProperty("detail").GetString());

        Assert.Equal(HttpStatusCode.Created, (await SendPostAsync(owner, memberId, post, "For Monday")).StatusCode);
        var shown = await SharedPostAsShownToAsync(member, ownerId);
        Assert.Equal(space, shown.GetProperty("space").Id());

        Assert.Equal(HttpStatusCode.NoContent, (await member.DeleteAsync($"/api/v1/spaces/{space}/membership")).StatusCode);
        var unavailable = await SharedPostAsShownToAsync(member, ownerId);
        Assert.False(unavailable.GetProperty("available").GetBoolean());
        Assert.Equal("""{"available":false,"id":null,"author":null,"space":null,"excerpt":null}""", unavailable.GetRawText());
        Assert.True((await SharedPostAsShownToAsync(owner, memberId)).GetProperty("available").GetBoolean());
    }

    [Fact]
    public async Task A_message_with_a_post_may_have_no_words_a_repeated_key_returns_it_and_deleting_it_lets_go_of_the_post()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(5);
        var (bob, bobId) = await host.Factory.EmployeeAsync(6);
        var post = (await alice.PostAsync("Read this before the meeting")).Id();
        var other = (await alice.PostAsync("And this one")).Id();
        var key = Guid.NewGuid().ToString();

        var first = await (await SendPostAsync(alice, bobId, post, key: key)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await SendPostAsync(alice, bobId, post, key: key);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.Id(), (await again.Content.ReadFromJsonAsync<JsonElement>()).Id());
        await (await SendPostAsync(alice, bobId, other, key: key)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);

        var path = $"/api/v1/messages/{first.Id()}";
        Assert.Equal(HttpStatusCode.OK, (await alice.PatchAsJsonAsync(path, new { text = "Before Monday, please" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await alice.PatchAsJsonAsync(path, new { text = "" })).StatusCode);
        var plain = (await MessagesClient.SendAsync(alice, bobId, "Thanks")).Id();
        await (await alice.PatchAsJsonAsync($"/api/v1/messages/{plain}", new { text = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.PostAsJsonAsync($"/api/v1/messages/with/{bobId}", new { text = "" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync(path)).StatusCode);
        var deleted = (await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}")).GetProperty("items")
            .EnumerateArray().Single(m => m.Id() == first.Id());
        Assert.Equal(JsonValueKind.Null, deleted.GetProperty("sharedPost").ValueKind);
    }
}

public sealed class SqliteDirectMessageSharedPostTests(SqliteHost host) : DirectMessageSharedPostTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDirectMessageSharedPostTests(PostgreSqlHost host) : DirectMessageSharedPostTests(host), IClassFixture<PostgreSqlHost>;
