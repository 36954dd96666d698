using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>New activity pushed with its entries, numbered so that a client holding every earlier change can apply it without asking.</summary>
public abstract class NotificationPushTests(HostFactory factory)
{
    [Fact]
    public async Task New_activity_is_pushed_as_a_catch_up_would_return_it_and_a_read_mark_is_only_hinted()
    {
        var (alice, _, aliceToken) = await factory.EmployeeWithTokenAsync(20);
        var (bob, _) = await factory.EmployeeAsync(21);
        var (carol, _) = await factory.EmployeeAsync(22);
        var (dan, _) = await factory.EmployeeAsync(23);
        var post = (await alice.PostAsync($"Launch plan {Guid.NewGuid():N}")).Id();
        // What the post itself brings (a first-post badge) is settled before listening.
        await factory.EventsHandledAsync("the post's events are handled");
        var held = await LatestSequenceAsync(alice);
        await using var connection = factory.HubConnection(aliceToken);
        var hints = connection.Hints();
        await connection.StartReadyAsync();

        // As the web client applies it: each push follows the last change held.
        async Task<JsonElement> PushAsync()
        {
            var push = await hints.NextAsync();
            Assert.Equal(held, push.GetProperty("since").GetInt64());
            Assert.Equal(held + push.GetProperty("items").GetArrayLength(), push.GetProperty("sequence").GetInt64());
            held = push.GetProperty("sequence").GetInt64();
            return push;
        }

        await bob.ReactAsync(post, "like");
        var first = await PushAsync();
        Assert.Equal(1, first.GetProperty("unreadAdded").GetInt32());
        var pushed = Assert.Single(first.GetProperty("items").EnumerateArray());
        var fetched = Assert.Single((await ChangesAsync(alice, first.GetProperty("since").GetInt64())).Items);
        Assert.True(JsonElement.DeepEquals(fetched, pushed), $"pushed {pushed} differs from fetched {fetched}");

        await carol.ReactAsync(post, "celebrate");
        var second = await PushAsync();
        Assert.Equal(0, second.GetProperty("unreadAdded").GetInt32());
        var grouped = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(pushed.Id(), grouped.Id());
        Assert.Equal(2, grouped.GetProperty("actorCount").GetInt32());

        Assert.Equal(HttpStatusCode.NoContent, (await alice.PutAsync($"/api/v1/notifications/{pushed.Id()}/read", null)).StatusCode);
        Assert.False((await hints.NextAsync()).TryGetProperty("items", out _));
        held = (await ChangesAsync(alice, held)).Sequence;

        await dan.ReactAsync(post, "support");
        var third = await PushAsync();
        Assert.Equal(1, third.GetProperty("unreadAdded").GetInt32());
        Assert.Equal(1, Assert.Single(third.GetProperty("items").EnumerateArray()).GetProperty("actorCount").GetInt32());
    }

    [Fact]
    public async Task An_invitation_to_a_private_space_is_pushed_exactly_as_a_catch_up_returns_it()
    {
        var (alice, aliceId, aliceToken) = await factory.EmployeeWithTokenAsync(25);
        var (bob, _) = await factory.EmployeeAsync(26);
        var held = await LatestSequenceAsync(alice);
        await using var connection = factory.HubConnection(aliceToken);
        var hints = connection.Hints();
        await connection.StartReadyAsync();

        var space = (await (await bob.PostAsJsonAsync("/api/v1/spaces", new { name = $"Board {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.True((await bob.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { aliceId } })).IsSuccessStatusCode);

        var push = await hints.NextAsync();
        var fetched = (await ChangesAsync(alice, held)).Items;
        var invitation = Assert.Single(fetched);
        Assert.Equal("space-invitation", invitation.GetProperty("type").GetString());
        Assert.Equal(space, invitation.GetProperty("space").Id());
        Assert.Equal(held, push.GetProperty("since").GetInt64());
        Assert.True(JsonElement.DeepEquals(invitation, Assert.Single(push.GetProperty("items").EnumerateArray())));
    }

    [Fact]
    public async Task Saying_what_the_app_has_shown_takes_a_sequence_of_zero_or_more()
    {
        var (alice, _) = await factory.EmployeeAsync(24);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.PostAsJsonAsync("/api/v1/notifications/seen", new { sequence = 0 })).StatusCode);
        await (await alice.PostAsJsonAsync("/api/v1/notifications/seen", new { sequence = -1 })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await alice.PostAsJsonAsync("/api/v1/notifications/seen", new { })).AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class SqliteNotificationPushTests(SqliteHost host) : NotificationPushTests(host.Factory), IClassFixture<SqliteHost>;

public sealed class PostgreSqlNotificationPushTests(PostgreSqlHost host) : NotificationPushTests(host.Factory), IClassFixture<PostgreSqlHost>;
