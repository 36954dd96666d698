using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using static EnterpriseSocial.IntegrationTests.Activity.MessagesClient;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>A conversation read can be marked unread again, as a reminder to answer: its colleague's latest message waits.</summary>
public abstract class MarkUnreadTests(HostFixture host)
{
    private static async Task<int> UnreadIn(HttpClient person, Guid other) =>
        (await person.GetFromJsonAsync<JsonElement>("/api/v1/messages")).GetProperty("items").EnumerateArray()
            .Single(c => c.GetProperty("person").Id() == other).GetProperty("unreadCount").GetInt32();

    private static async Task<int> WaitingAsync(HttpClient person) =>
        (await person.GetFromJsonAsync<JsonElement>("/api/v1/messages/unread")).GetProperty("conversations").GetInt32();

    [Fact]
    public async Task The_colleague_s_latest_message_waits_again_and_the_reader_s_other_apps_are_told()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(0);
        var (bob, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(1);
        await SendAsync(alice, bobId, "Can you review my slides?");
        await SendAsync(alice, bobId, "No rush");
        await SendAsync(bob, aliceId, "Will do");
        var waiting = await WaitingAsync(bob);
        Assert.Equal(0, await UnreadIn(bob, aliceId));
        await using var otherApp = host.Factory.HubConnection(bobToken);
        var told = await otherApp.ReceiveAsync("activity:messages", "message.read");

        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/unread", null)).StatusCode);

        Assert.Equal(aliceId, (await told.NextAsync()).GetProperty("with").GetGuid());
        Assert.Equal(1, await UnreadIn(bob, aliceId));
        Assert.Equal(waiting + 1, await WaitingAsync(bob));
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        Assert.Equal(0, await UnreadIn(bob, aliceId));
    }

    [Fact]
    public async Task Nothing_written_by_the_colleague_or_no_such_colleague_is_refused()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(2);
        var (_, bobId) = await host.Factory.EmployeeAsync(3);
        await SendAsync(alice, bobId, "Hello");

        await (await alice.PostAsync($"/api/v1/messages/with/{bobId}/unread", null)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await alice.PostAsync($"/api/v1/messages/with/{aliceId}/unread", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PostAsync($"/api/v1/messages/with/{Guid.NewGuid()}/unread", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteMarkUnreadTests(SqliteHost host) : MarkUnreadTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlMarkUnreadTests(PostgreSqlHost host) : MarkUnreadTests(host), IClassFixture<PostgreSqlHost>;
