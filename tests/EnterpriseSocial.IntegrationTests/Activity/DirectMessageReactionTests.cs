using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using static EnterpriseSocial.IntegrationTests.Activity.MessagesClient;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>The two people of a conversation react to its messages, once each, and both see it live.</summary>
public abstract class DirectMessageReactionTests(HostFixture host)
{
    private static async Task<(string? Sender, string? Recipient)> ReactAsync(HttpClient person, Guid message, string? kind)
    {
        var path = $"/api/v1/messages/{message}/reaction";
        var response = kind is null ? await person.DeleteAsync(path) : await person.PutAsJsonAsync(path, new { kind });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Reactions(await response.Content.ReadFromJsonAsync<JsonElement>());
    }

    private static (string? Sender, string? Recipient) Reactions(JsonElement message) =>
        (message.GetProperty("senderReaction").GetString(), message.GetProperty("recipientReaction").GetString());

    private static async Task<JsonElement> AsShownToAsync(HttpClient person, Guid other, Guid message) =>
        (await person.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{other}")).GetProperty("items").EnumerateArray().Single(m => m.Id() == message);

    [Fact]
    public async Task Each_person_reacts_once_to_a_message_changes_or_takes_it_back_and_both_see_it_live()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(0);
        var (bob, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(1);
        await using var bobsApp = host.Factory.HubConnection(bobToken);
        var changes = await bobsApp.ReceiveAsync("activity:messages", "message.changed");
        var message = (await SendAsync(alice, bobId, "The release is out")).Id();

        Assert.Equal((null, "celebrate"), await ReactAsync(bob, message, "celebrate"));
        var live = await changes.NextAsync();
        Assert.Equal(aliceId, live.GetProperty("with").GetGuid());
        Assert.Equal((null, "celebrate"), Reactions(live.GetProperty("message")));

        Assert.Equal(("like", "celebrate"), await ReactAsync(alice, message, "like"));
        Assert.Equal(("like", "celebrate"), Reactions((await changes.NextAsync()).GetProperty("message")));
        Assert.Equal(("like", "insightful"), await ReactAsync(bob, message, "insightful"));
        Assert.Equal(("like", null), await ReactAsync(bob, message, null));
        Assert.Equal(("like", null), Reactions(await AsShownToAsync(bob, aliceId, message)));
        Assert.Equal(("like", null), Reactions(await AsShownToAsync(alice, bobId, message)));
    }

    [Fact]
    public async Task Two_people_reacting_at_once_both_keep_their_reaction()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(2);
        var (bob, bobId) = await host.Factory.EmployeeAsync(3);
        var message = (await SendAsync(alice, bobId, "Lunch?")).Id();

        await Task.WhenAll(ReactAsync(alice, message, "curious"), ReactAsync(bob, message, "support"));

        Assert.Equal(("curious", "support"), Reactions(await AsShownToAsync(bob, aliceId, message)));
    }

    [Fact]
    public async Task Only_the_conversation_s_people_react_to_its_messages_with_a_known_reaction_and_a_deleted_message_loses_them()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(4);
        var (bob, bobId) = await host.Factory.EmployeeAsync(5);
        var (carol, _) = await host.Factory.EmployeeAsync(6);
        var message = (await SendAsync(alice, bobId, "Draft attached")).Id();
        var path = $"/api/v1/messages/{message}/reaction";

        await (await bob.PutAsJsonAsync(path, new { kind = "love" })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await bob.PutAsJsonAsync(path, new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await carol.PutAsJsonAsync(path, new { kind = "like" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await carol.DeleteAsync(path)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsJsonAsync($"/api/v1/messages/{Guid.NewGuid()}/reaction", new { kind = "like" })).AssertProblemAsync(HttpStatusCode.NotFound);

        await ReactAsync(bob, message, "like");
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/messages/{message}")).StatusCode);
        Assert.Equal((null, null), Reactions(await AsShownToAsync(bob, aliceId, message)));
        await (await bob.PutAsJsonAsync(path, new { kind = "like" })).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteDirectMessageReactionTests(SqliteHost host) : DirectMessageReactionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDirectMessageReactionTests(PostgreSqlHost host) : DirectMessageReactionTests(host), IClassFixture<PostgreSqlHost>;
