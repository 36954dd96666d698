using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using static EnterpriseSocial.IntegrationTests.Notifications.NotificationsClient;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>Notifications stored before they are hinted, caught up exactly, grouped, and never about what the recipient may not see.</summary>
public abstract class NotificationTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient alice = null!;
    private Guid aliceId;
    private string aliceToken = null!;
    private HttpClient bob = null!;
    private Guid bobId;
    private HttpClient carol = null!;
    private Guid carolId;
    private HttpClient dan = null!;

    public async Task InitializeAsync()
    {
        (alice, aliceId, aliceToken) = await host.Factory.EmployeeWithTokenAsync(20);
        (bob, bobId) = await host.Factory.EmployeeAsync(21);
        (carol, carolId) = await host.Factory.EmployeeAsync(22);
        (dan, _) = await host.Factory.EmployeeAsync(23);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_client_offline_while_three_notifications_are_raised_gets_all_three_once_after_reconnecting()
    {
        var since = await LatestSequenceAsync(alice);
        var hints = 0;
        await using (var connection = host.Factory.HubConnection(aliceToken))
        {
            connection.On<JsonElement>("notifications.changed", _ => Interlocked.Increment(ref hints));
            await connection.StartReadyAsync();
            await bob.PostAsync($"Welcome aboard @[Alice]({aliceId})");
            await Eventually.HoldsAsync(() => Task.FromResult(Volatile.Read(ref hints) > 0), "the mention's hint arrives");
        }

        var first = await ChangesAsync(alice, since);
        Assert.Single(first.Items);
        Assert.Equal("mention", first.Items[0].GetProperty("type").GetString());

        // Offline: three more, from three people.
        var posts = new List<Guid>();
        foreach (var author in new[] { bob, carol, dan })
        {
            posts.Add((await author.PostAsync($"Question for @[Alice]({aliceId}) {Guid.NewGuid():N}")).Id());
        }

        await Eventually.HoldsAsync(async () => (await ChangesAsync(alice, first.Sequence)).Items.Count == 3, "three mentions are stored");
        var caughtUp = await ChangesAsync(alice, first.Sequence);
        Assert.Equal(posts.ToHashSet(), caughtUp.Items.Select(i => i.GetProperty("post").Id()).ToHashSet());
        Assert.Equal(3, caughtUp.Items.Select(i => i.Id()).Distinct().Count());
        Assert.Empty((await ChangesAsync(alice, caughtUp.Sequence)).Items);
    }

    [Fact]
    public async Task Reactions_to_a_post_are_one_entry_that_updates_and_starts_over_once_read()
    {
        var post = (await alice.PostAsync($"Quarterly figures {Guid.NewGuid():N}")).Id();
        foreach (var (person, reaction) in new[] { (bob, "like"), (carol, "celebrate"), (dan, "insightful") })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await person.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind = reaction })).StatusCode);
        }

        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(alice, "reaction", post))?.GetProperty("actorCount").GetInt32() == 3, "three people are in one entry");
        var entry = (await EntryAboutAsync(alice, "reaction", post))!.Value;
        Assert.Equal(3, entry.GetProperty("actors").GetArrayLength());
        Assert.Equal("insightful", entry.GetProperty("detail").GetString());
        Assert.Single(await ListAsync(alice, "type=reaction"), n => n.GetProperty("post").Id() == post);

        Assert.Equal(HttpStatusCode.NoContent, (await alice.PutAsync($"/api/v1/notifications/{entry.Id()}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind = "support" })).StatusCode);
        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(alice, "reaction", post))?.GetProperty("read").GetBoolean() == false, "the entry is unread again");
        var again = (await EntryAboutAsync(alice, "reaction", post))!.Value;
        Assert.Equal(entry.Id(), again.Id());
        Assert.Equal(1, again.GetProperty("actorCount").GetInt32());
        Assert.Equal(bobId, again.GetProperty("actors")[0].Id());
    }

    [Fact]
    public async Task Nobody_is_notified_about_a_post_they_cannot_read_and_a_space_made_private_takes_its_notifications_away()
    {
        var space = (await (await bob.PostAsJsonAsync("/api/v1/spaces", new { name = $"Board {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await bob.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { carolId } });
        var secretive = await bob.PostAsJsonAsync("/api/v1/activity/posts", new { body = $"@[Alice]({aliceId}) and @[Carol]({carolId}) see the plan", spaceId = space });
        Assert.Equal(HttpStatusCode.Created, secretive.StatusCode);
        var inside = (await secretive.Content.ReadFromJsonAsync<JsonElement>()).Id();
        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(carol, "mention", inside)) is not null, "the member is told");
        Assert.Null(await EntryAboutAsync(alice, "mention", inside));

        var open = (await (await bob.PostAsJsonAsync("/api/v1/spaces", new { name = $"Open {Guid.NewGuid():N}"[..20], visibility = "public" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var publicPost = (await (await bob.PostAsJsonAsync("/api/v1/activity/posts", new { body = $"Thoughts, @[Alice]({aliceId})?", spaceId = open }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(alice, "mention", publicPost)) is not null, "the outsider is told while the space is public");
        var unreadBefore = await UnreadAsync(alice);

        Assert.Equal(HttpStatusCode.OK, (await bob.PatchAsJsonAsync($"/api/v1/spaces/{open}", new { visibility = "private" })).StatusCode);
        Assert.Null(await EntryAboutAsync(alice, "mention", publicPost));
        Assert.Equal(unreadBefore - 1, await UnreadAsync(alice));
        var missing = await alice.PutAsync($"/api/v1/notifications/{Guid.CreateVersion7()}/read", null);
        await missing.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Preferences_and_mutes_keep_notifications_out_and_bad_preferences_are_refused()
    {
        var saved = await carol.PutAsJsonAsync("/api/v1/notifications/preferences", new
        {
            types = new[] { new { type = "reaction", inApp = false, email = false } },
            digest = "weekly", timeZone = "America/New_York", language = "en", quietHours = new { start = "22:00", end = "07:00" },
            emailOutsideWorkingHours = false,
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var preferences = await carol.GetFromJsonAsync<JsonElement>("/api/v1/notifications/preferences");
        Assert.Equal("weekly", preferences.GetProperty("digest").GetString());
        Assert.Equal("22:00", preferences.GetProperty("quietHours").GetProperty("start").GetString());
        Assert.False(preferences.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "reaction").GetProperty("inApp").GetBoolean());
        Assert.True(preferences.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("type").GetString() == "mention").GetProperty("inApp").GetBoolean());

        var refused = await carol.PutAsJsonAsync("/api/v1/notifications/preferences", new { digest = "hourly", timeZone = "Mars/Olympus", language = "de", quietHours = new { start = "25:00", end = "x" } });
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "digest", "timeZone", "language", "quietHours" })
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
        }

        var post = (await carol.PostAsync($"Muted thread {Guid.NewGuid():N}")).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await carol.PutAsync($"/api/v1/notifications/mutes/conversation/{post}", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await bob.PutAsJsonAsync($"/api/v1/activity/posts/{post}/reaction", new { kind = "like" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await bob.PostAsJsonAsync($"/api/v1/activity/posts/{post}/comments", new { body = "A reply nobody is told about" })).StatusCode);
        var marker = (await bob.PostAsync($"Later, @[Carol]({carolId})")).Id();
        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(carol, "mention", marker)) is not null, "a later mention arrives");
        Assert.Null(await EntryAboutAsync(carol, "reaction", post));
        Assert.Null(await EntryAboutAsync(carol, "reply", post));
        var mutes = await carol.GetFromJsonAsync<JsonElement>("/api/v1/notifications/mutes");
        Assert.Contains(mutes.GetProperty("items").EnumerateArray(), m => m.Id() == post && m.GetProperty("kind").GetString() == "conversation");
        await (await carol.PutAsync($"/api/v1/notifications/mutes/conversation/{Guid.CreateVersion7()}", null)).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await carol.PutAsync($"/api/v1/notifications/mutes/topic/{post}", null)).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Mark_all_read_clears_the_count_and_the_email_avoided_measure_is_for_analytics_only()
    {
        var ping = (await bob.PostAsync($"Ping @[Alice]({aliceId})")).Id();
        await Eventually.HoldsAsync(async () => (await EntryAboutAsync(alice, "mention", ping)) is not null, "the mention arrives");
        Assert.True(await UnreadAsync(alice) > 0);
        Assert.Equal(HttpStatusCode.NoContent, (await alice.PostAsync("/api/v1/notifications/read-all", null)).StatusCode);
        Assert.Equal(0, await UnreadAsync(alice));
        Assert.All(await ListAsync(alice, "unread=true"), _ => Assert.Fail("nothing is unread"));

        Assert.Equal(HttpStatusCode.Forbidden, (await alice.GetAsync("/api/v1/notifications/email-avoided")).StatusCode);
        var hr = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var measure = await hr.GetFromJsonAsync<JsonElement>("/api/v1/notifications/email-avoided?days=7");
        Assert.Equal(7, measure.GetProperty("days").GetArrayLength());
        Assert.True(measure.GetProperty("totals").GetProperty("inApp").GetInt32() > 0);
        Assert.True(measure.GetProperty("totals").GetProperty("byType").TryGetProperty("mention", out _));
        await (await hr.GetAsync("/api/v1/notifications/email-avoided?days=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Read_marks_reach_another_open_app_through_the_changes_and_leave_the_entries_in_their_place()
    {
        var first = (await bob.PostAsync($"First for @[Alice]({aliceId}) {Guid.NewGuid():N}")).Id();
        var second = (await carol.PostAsync($"Second for @[Alice]({aliceId}) {Guid.NewGuid():N}")).Id();
        await Eventually.HoldsAsync(async () => await EntryAboutAsync(alice, "mention", first) is not null && await EntryAboutAsync(alice, "mention", second) is not null,
            "both mentions arrive");
        var otherApp = await LatestSequenceAsync(alice);
        var older = (await EntryAboutAsync(alice, "mention", first))!.Value;
        var order = (await ListAsync(alice, "type=mention")).Select(n => n.Id()).ToList();

        Assert.Equal(HttpStatusCode.NoContent, (await alice.PutAsync($"/api/v1/notifications/{older.Id()}/read", null)).StatusCode);
        var afterRead = await ChangesAsync(alice, otherApp);
        var read = Assert.Single(afterRead.Items, n => n.Id() == older.Id());
        Assert.True(read.GetProperty("read").GetBoolean());
        Assert.True(read.GetProperty("sequence").GetInt64() > older.GetProperty("sequence").GetInt64());
        Assert.Equal(order, (await ListAsync(alice, "type=mention")).Select(n => n.Id()).ToList());

        Assert.Equal(HttpStatusCode.NoContent, (await alice.PutAsync($"/api/v1/notifications/{older.Id()}/read", null)).StatusCode);
        Assert.DoesNotContain((await ChangesAsync(alice, afterRead.Sequence)).Items, n => n.Id() == older.Id());
        Assert.Equal(HttpStatusCode.NoContent, (await alice.DeleteAsync($"/api/v1/notifications/{older.Id()}/read")).StatusCode);
        var afterUnread = await ChangesAsync(alice, afterRead.Sequence);
        Assert.False(Assert.Single(afterUnread.Items, n => n.Id() == older.Id()).GetProperty("read").GetBoolean());

        var unread = (await ListAsync(alice, "unread=true")).Select(n => n.Id()).ToHashSet();
        Assert.Equal(HttpStatusCode.NoContent, (await alice.PostAsync("/api/v1/notifications/read-all", null)).StatusCode);
        var changed = await AllChangesAsync(alice, afterUnread.Sequence);
        Assert.Superset(unread, changed.Where(n => n.GetProperty("read").GetBoolean()).Select(n => n.Id()).ToHashSet());
        Assert.Equal(changed.Count, changed.Select(n => n.Id()).Distinct().Count());
        Assert.Equal(order, (await ListAsync(alice, "type=mention")).Select(n => n.Id()).ToList());
    }

    [Fact]
    public async Task A_catch_up_gives_each_entry_its_latest_change_once_in_order_when_read_marks_and_new_activity_interleave_across_pages()
    {
        var (erin, erinId) = await host.Factory.EmployeeAsync(24);
        var since = await LatestSequenceAsync(erin);
        async Task MentionErinAsync(int count)
        {
            for (var i = 0; i < count; i++)
            {
                await bob.PostAsync($"Note {i} for @[Erin]({erinId}) {Guid.NewGuid():N}");
            }
        }

        await MentionErinAsync(60);
        await Eventually.HoldsAsync(async () => (await AllChangesAsync(erin, since)).Count == 60, "the first 60 mentions are stored");
        var marked = (await AllChangesAsync(erin, since)).Where((_, index) => index % 2 == 0).Select(n => n.Id()).ToHashSet();
        foreach (var id in marked)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await erin.PutAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        }

        await MentionErinAsync(50);
        await Eventually.HoldsAsync(async () => (await AllChangesAsync(erin, since)).Count == 110, "the next 50 mentions are stored");

        // 30 entries whose latest change is their arrival, 30 read marks numbered after them, 50 newer
        // entries: more than one page of changes, read marks and new activity side by side in it.
        var changes = await AllChangesAsync(erin, since);
        var sequences = changes.Select(n => n.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(110, changes.Select(n => n.Id()).Distinct().Count());
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
        Assert.Equal(marked, changes.Where(n => n.GetProperty("read").GetBoolean()).Select(n => n.Id()).ToHashSet());

        var middle = sequences[45];
        Assert.Equal(changes.Skip(46).Select(n => n.Id()), (await AllChangesAsync(erin, middle)).Select(n => n.Id()));
    }

    private static async Task<int> UnreadAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread")).GetProperty("unread").GetInt32();
}

public sealed class SqliteNotificationTests(SqliteHost host) : NotificationTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlNotificationTests(PostgreSqlHost host) : NotificationTests(host), IClassFixture<PostgreSqlHost>;
