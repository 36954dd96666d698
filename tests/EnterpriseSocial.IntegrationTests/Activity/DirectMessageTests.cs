using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using static EnterpriseSocial.IntegrationTests.Activity.MessagesClient;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>Two colleagues write to each other: only they read it, each knows what waits, live and in the bell.</summary>
public abstract class DirectMessageTests(HostFixture host)
{
    /// <summary>What a message shows, whoever reads it and however it travels (PostgreSQL keeps times to the microsecond).</summary>
    private static (Guid Id, string? Html, string? Text, bool Edited, bool Deleted) Shown(JsonElement message) => (
        message.Id(), message.GetProperty("html").GetString(), message.GetProperty("text").GetString(),
        message.GetProperty("editedAt").ValueKind == JsonValueKind.String, message.GetProperty("deleted").GetBoolean());

    private static async Task<List<JsonElement>> ConversationsAsync(HttpClient person) =>
        (await person.GetFromJsonAsync<JsonElement>("/api/v1/messages")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<int> UnreadConversationsAsync(HttpClient person) =>
        (await person.GetFromJsonAsync<JsonElement>("/api/v1/messages/unread")).GetProperty("conversations").GetInt32();

    /// <summary>The person's conversation with someone; the demo company's people may have others.</summary>
    private static async Task<JsonElement> ConversationWithAsync(HttpClient person, Guid other) =>
        Assert.Single(await ConversationsAsync(person), c => c.GetProperty("person").Id() == other);

    private static async Task<List<JsonElement>> MessageEntriesFromAsync(HttpClient person, Guid sender) =>
        (await ListAsync(person, "type=message")).Where(n => n.GetProperty("actors")[0].Id() == sender).ToList();

    [Fact]
    public async Task Two_colleagues_write_to_each_other_and_each_sees_what_waits_to_be_read()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(0);
        var (bob, bobId) = await host.Factory.EmployeeAsync(1);

        var (bobWaiting, aliceWaiting) = (await UnreadConversationsAsync(bob), await UnreadConversationsAsync(alice));
        var first = await SendAsync(alice, bobId, "Hello **Bob**, <script>alert(1)</script> a minute?");
        Assert.Contains("<strong>Bob</strong>", first.GetProperty("html").GetString());
        Assert.DoesNotContain("<script", first.GetProperty("html").GetString());
        Assert.Equal(aliceId, first.GetProperty("senderId").GetGuid());

        Assert.Equal(bobWaiting + 1, await UnreadConversationsAsync(bob));
        Assert.Equal(aliceWaiting, await UnreadConversationsAsync(alice));
        var bobsView = (await ConversationsAsync(bob))[0];
        Assert.Equal(aliceId, bobsView.GetProperty("person").Id());
        Assert.False(bobsView.GetProperty("lastMessage").GetProperty("fromMe").GetBoolean());
        Assert.StartsWith("Hello Bob,", bobsView.GetProperty("lastMessage").GetProperty("excerpt").GetString());
        Assert.Equal(1, bobsView.GetProperty("unreadCount").GetInt32());
        var alicesView = (await ConversationsAsync(alice))[0];
        Assert.Equal(bobId, alicesView.GetProperty("person").Id());
        Assert.True(alicesView.GetProperty("lastMessage").GetProperty("fromMe").GetBoolean());
        Assert.Equal(0, alicesView.GetProperty("unreadCount").GetInt32());

        // Replying reads what came before; Alice's two answers then wait for Bob.
        await SendAsync(bob, aliceId, "Sure, call me");
        Assert.Equal(bobWaiting, await UnreadConversationsAsync(bob));
        Assert.Equal(aliceWaiting + 1, await UnreadConversationsAsync(alice));
        await SendAsync(alice, bobId, "Calling");
        var last = await SendAsync(alice, bobId, "Now");
        Assert.Equal(2, (await ConversationWithAsync(bob, aliceId)).GetProperty("unreadCount").GetInt32());

        var page = await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}?limit=3");
        Assert.Equal([last.Id()], page.GetProperty("items").EnumerateArray().Take(1).Select(m => m.Id()));
        Assert.Equal(3, page.GetProperty("items").GetArrayLength());
        var rest = await bob.GetFromJsonAsync<JsonElement>(
            $"/api/v1/messages/with/{aliceId}?limit=3&cursor={Uri.EscapeDataString(page.GetProperty("nextCursor").GetString()!)}");
        Assert.Equal([first.Id()], rest.GetProperty("items").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        Assert.Equal(
            (await alice.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{bobId}?limit=10")).GetProperty("items").ToString(),
            (await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}?limit=10")).GetProperty("items").ToString());

        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        Assert.Equal(bobWaiting, await UnreadConversationsAsync(bob));
        Assert.Equal(0, (await ConversationWithAsync(bob, aliceId)).GetProperty("unreadCount").GetInt32());
    }

    [Fact]
    public async Task A_conversation_is_its_two_people_s_only_and_bad_input_is_refused()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(2);
        var (bob, bobId) = await host.Factory.EmployeeAsync(3);
        var (carol, _) = await host.Factory.EmployeeAsync(4);
        await SendAsync(alice, bobId, "Between us");

        // Carol can only name her own conversation with either of them: there is none.
        Assert.Empty((await carol.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}")).GetProperty("items").EnumerateArray());
        Assert.DoesNotContain(await ConversationsAsync(carol), c => c.GetProperty("person").Id() == aliceId || c.GetProperty("person").Id() == bobId);

        await (await alice.PostAsJsonAsync($"/api/v1/messages/with/{bobId}", new { text = "  " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.PostAsJsonAsync($"/api/v1/messages/with/{bobId}", new { text = new string('a', 4001) })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.PostAsJsonAsync($"/api/v1/messages/with/{aliceId}", new { text = "Note to self" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PostAsJsonAsync($"/api/v1/messages/with/{Guid.NewGuid()}", new { text = "Anyone?" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.GetAsync($"/api/v1/messages/with/{Guid.NewGuid()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PostAsync($"/api/v1/messages/with/{Guid.NewGuid()}/read", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.GetAsync($"/api/v1/messages/with/{bobId}?cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.GetAsync("/api/v1/messages?limit=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Single((await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Sending_again_with_the_same_key_returns_the_first_message_even_when_the_two_requests_race()
    {
        var (alice, _) = await host.Factory.EmployeeAsync(9);
        var (_, bobId) = await host.Factory.EmployeeAsync(10);
        HttpRequestMessage Send(string key, string text) => new(HttpMethod.Post, $"/api/v1/messages/with/{bobId}")
        {
            Content = JsonContent.Create(new { text }),
            Headers = { { "Idempotency-Key", key } },
        };

        var key = Guid.NewGuid().ToString();
        var answers = await Task.WhenAll(alice.SendAsync(Send(key, "Only once")), alice.SendAsync(Send(key, "Only once")));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
        var messages = await Task.WhenAll(answers.Select(a => a.Content.ReadFromJsonAsync<JsonElement>()));
        Assert.Equal(messages[0].Id(), messages[1].Id());
        Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(Send(key, "Only once"))).StatusCode);
        Assert.Single((await alice.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{bobId}")).GetProperty("items").EnumerateArray());

        await (await alice.SendAsync(Send(key, "Something else"))).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await alice.SendAsync(Send(new string('k', 201), "Too long a key"))).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_former_employee_s_conversation_stays_readable_and_takes_no_new_message()
    {
        var (alice, _) = await host.Factory.EmployeeAsync(5);
        var (_, leaverId) = await host.Factory.EmployeeAsync(6);
        await SendAsync(alice, leaverId, "Good luck in your new job");
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/identity/accounts/{leaverId}/deactivate", null)).StatusCode);

        var refused = await alice.PostAsJsonAsync($"/api/v1/messages/with/{leaverId}", new { text = "Are you still there?" });
        await refused.AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Single((await alice.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{leaverId}")).GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_message_reaches_both_people_live_and_one_entry_in_the_bell_that_reading_reads()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(7);
        var (bob, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(8);
        await using var connection = host.Factory.HubConnection(bobToken);
        var received = await connection.ReceiveAsync("activity:messages", "message.sent");

        var sent = await SendAsync(alice, bobId, "Lunch at noon?");
        var live = await received.NextAsync();
        Assert.Equal(aliceId, live.GetProperty("with").GetGuid());
        Assert.Equal(sent.Id(), live.GetProperty("message").Id());

        await SendAsync(alice, bobId, "Or one o'clock");
        await Eventually.HoldsAsync(
            async () => (await MessageEntriesFromAsync(bob, aliceId)).SingleOrDefault() is { ValueKind: JsonValueKind.Object } entry
                && !entry.GetProperty("read").GetBoolean() && entry.GetProperty("actorCount").GetInt32() == 1
                && (await AllChangesAsync(bob, 0)).Count(n => n.GetProperty("type").GetString() == "message" && n.GetProperty("actors")[0].Id() == aliceId) == 1,
            "one unread entry tells Bob of Alice's messages");

        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        await Eventually.HoldsAsync(
            async () => (await MessageEntriesFromAsync(bob, aliceId)).Single().GetProperty("read").GetBoolean(), "reading the conversation reads its entry");
        Assert.Empty(await MessageEntriesFromAsync(alice, bobId));
    }

    [Fact]
    public async Task Typing_to_a_colleague_is_told_to_their_open_apps_and_stores_nothing()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(16);
        var (_, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(17);
        await using var bobsApp = host.Factory.HubConnection(bobToken);
        var told = await bobsApp.ReceiveAsync("activity:messages", "message.typing");

        Assert.Equal(HttpStatusCode.NoContent, (await alice.PostAsync($"/api/v1/messages/with/{bobId}/typing", null)).StatusCode);
        Assert.Equal(aliceId, (await told.NextAsync()).GetProperty("with").GetGuid());

        await (await alice.PostAsync($"/api/v1/messages/with/{aliceId}/typing", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PostAsync($"/api/v1/messages/with/{Guid.NewGuid()}/typing", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        // Nothing of it is stored: no conversation starts by typing.
        Assert.DoesNotContain(await ConversationsAsync(alice), c => c.GetProperty("person").Id() == bobId);
    }

    [Fact]
    public async Task A_muted_conversation_tells_nothing_in_the_bell_yet_its_messages_still_wait()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(18);
        var (bob, bobId) = await host.Factory.EmployeeAsync(19);
        var (carol, carolId) = await host.Factory.EmployeeAsync(20);
        var mute = $"/api/v1/notifications/mutes/messages/{aliceId}";
        await (await bob.PutAsync(mute, null)).AssertProblemAsync(HttpStatusCode.NotFound);

        await SendAsync(alice, bobId, "Did you see the figures?");
        await Eventually.HoldsAsync(async () => (await MessageEntriesFromAsync(bob, aliceId)).Count == 1, "Bob's bell tells of Alice's first message");
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        await Eventually.HoldsAsync(async () => (await MessageEntriesFromAsync(bob, aliceId)).Single().GetProperty("read").GetBoolean(), "the reading reads it");
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PutAsync(mute, null)).StatusCode);
        var muted = Assert.Single((await bob.GetFromJsonAsync<JsonElement>("/api/v1/notifications/mutes")).GetProperty("items").EnumerateArray());
        Assert.Equal(("messages", aliceId), (muted.GetProperty("kind").GetString(), muted.Id()));
        Assert.Equal((await ConversationWithAsync(bob, aliceId)).GetProperty("person").GetProperty("displayName").GetString(), muted.GetProperty("name").GetString());

        var waiting = await UnreadConversationsAsync(bob);
        await SendAsync(alice, bobId, "Hello? Call me back");
        await SendAsync(carol, bobId, "Coffee later?");
        await Eventually.HoldsAsync(async () => (await MessageEntriesFromAsync(bob, carolId)).Count == 1, "Carol's message, sent after Alice's, is told");
        Assert.True((await MessageEntriesFromAsync(bob, aliceId)).Single().GetProperty("read").GetBoolean());
        Assert.Equal(waiting + 2, await UnreadConversationsAsync(bob));
        Assert.Equal(1, (await ConversationWithAsync(bob, aliceId)).GetProperty("unreadCount").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await bob.DeleteAsync(mute)).StatusCode);
        Assert.Empty((await bob.GetFromJsonAsync<JsonElement>("/api/v1/notifications/mutes")).GetProperty("items").EnumerateArray());
        await SendAsync(alice, bobId, "Now?");
        await Eventually.HoldsAsync(async () => !(await MessageEntriesFromAsync(bob, aliceId)).Single().GetProperty("read").GetBoolean(), "unmuted, Alice's next message is told");

        // Only a conversation one has can be muted; someone else's, oneself or nobody answer alike.
        await (await carol.PutAsync(mute, null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsync($"/api/v1/notifications/mutes/messages/{bobId}", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await bob.PutAsync($"/api/v1/notifications/mutes/messages/{Guid.NewGuid()}", null)).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_message_handed_over_after_the_reading_that_read_it_leaves_its_entry_read()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(14);
        var (bob, bobId) = await host.Factory.EmployeeAsync(15);
        async Task<bool?> EntryReadAsync() => (await MessageEntriesFromAsync(bob, aliceId)).SingleOrDefault() is { ValueKind: JsonValueKind.Object } entry
            ? entry.GetProperty("read").GetBoolean()
            : null;
        var read = await SendAsync(alice, bobId, "Are you free at ten?");
        await Eventually.HoldsAsync(async () => await EntryReadAsync() == false, "Bob's bell tells of Alice's message");
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        await Eventually.HoldsAsync(async () => await EntryReadAsync() == true, "reading the conversation reads its entry");

        // A busy outbox may hand the message over only now, after the reading: it was read, and is not told again.
        using (var scope = host.Factory.Services.CreateScope())
        {
            var late = new DirectMessageSent(DirectConversation.IdOf(aliceId, bobId), read.Id(), aliceId, bobId);
            await scope.ServiceProvider.GetRequiredService<IIntegrationEventConsumer<DirectMessageSent>>().HandleAsync(late, CancellationToken.None);
        }

        Assert.True(await EntryReadAsync());
        await SendAsync(alice, bobId, "Or at eleven?");
        await Eventually.HoldsAsync(async () => await EntryReadAsync() == false, "a message after the reading is told");
    }

    [Fact]
    public async Task A_sender_rewrites_or_deletes_their_message_and_both_people_see_it_live()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(11);
        var (bob, bobId, bobToken) = await host.Factory.EmployeeWithTokenAsync(12);
        var (carol, _) = await host.Factory.EmployeeAsync(13);
        await using var connection = host.Factory.HubConnection(bobToken);
        var changes = await connection.ReceiveAsync("activity:messages", "message.changed");
        var typo = await SendAsync(alice, bobId, "See you at 3 pm");
        var regret = await SendAsync(alice, bobId, "Bring the *old* budget");

        var edited = await alice.PatchAsJsonAsync($"/api/v1/messages/{typo.Id()}", new { text = "See you at **4 pm**" });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var rewritten = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("<strong>4 pm</strong>", rewritten.GetProperty("html").GetString());
        var shown = Shown(rewritten);
        Assert.Equal((typo.Id(), "See you at **4 pm**", true, false), (shown.Id, shown.Text, shown.Edited, shown.Deleted));
        var live = await changes.NextAsync();
        Assert.Equal(aliceId, live.GetProperty("with").GetGuid());
        Assert.Equal(Shown(rewritten), Shown(live.GetProperty("message")));

        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/messages/{regret.Id()}")).StatusCode);
        Assert.True((await changes.NextAsync()).GetProperty("message").GetProperty("deleted").GetBoolean());

        var bobsMessages = (await bob.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{aliceId}")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([regret.Id(), typo.Id()], bobsMessages.Select(m => m.Id()));
        Assert.True(bobsMessages[0].GetProperty("deleted").GetBoolean());
        Assert.Equal(("", ""), (bobsMessages[0].GetProperty("html").GetString(), bobsMessages[0].GetProperty("text").GetString()));
        Assert.Equal(Shown(rewritten), Shown(bobsMessages[1]));
        var latest = (await ConversationWithAsync(bob, aliceId)).GetProperty("lastMessage");
        Assert.True(latest.GetProperty("deleted").GetBoolean());
        Assert.Equal("", latest.GetProperty("excerpt").GetString());
        Assert.Equal(1, (await ConversationWithAsync(bob, aliceId)).GetProperty("unreadCount").GetInt32());

        // Only the sender changes a message; outside the conversation it does not exist, and a deleted one is gone.
        await (await bob.PatchAsJsonAsync($"/api/v1/messages/{typo.Id()}", new { text = "I wrote this" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await bob.DeleteAsync($"/api/v1/messages/{typo.Id()}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await carol.PatchAsJsonAsync($"/api/v1/messages/{typo.Id()}", new { text = "Hello" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await carol.DeleteAsync($"/api/v1/messages/{typo.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.DeleteAsync($"/api/v1/messages/{regret.Id()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PatchAsJsonAsync($"/api/v1/messages/{regret.Id()}", new { text = "Back" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PatchAsJsonAsync($"/api/v1/messages/{Guid.NewGuid()}", new { text = "Hello" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await alice.PatchAsJsonAsync($"/api/v1/messages/{typo.Id()}", new { text = " " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.PatchAsJsonAsync($"/api/v1/messages/{typo.Id()}", new { text = new string('a', 4001) })).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(Shown(rewritten), Shown((await alice.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{bobId}")).GetProperty("items")[1]));

        // A message deleted before it was read no longer waits to be read.
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PostAsync($"/api/v1/messages/with/{aliceId}/read", null)).StatusCode);
        var waiting = await UnreadConversationsAsync(bob);
        var misdirected = await SendAsync(alice, bobId, "Wrong person, sorry");
        Assert.Equal(waiting + 1, await UnreadConversationsAsync(bob));
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/messages/{misdirected.Id()}")).StatusCode);
        Assert.Equal(waiting, await UnreadConversationsAsync(bob));
        Assert.Equal(0, (await ConversationWithAsync(bob, aliceId)).GetProperty("unreadCount").GetInt32());
    }
}

public sealed class SqliteDirectMessageTests(SqliteHost host) : DirectMessageTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDirectMessageTests(PostgreSqlHost host) : DirectMessageTests(host), IClassFixture<PostgreSqlHost>;
