using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>
/// The demo company's bells ring from the first start: each person is told who follows them and what the
/// month of conversations brought them, at its own time, and the measure counts it day by day.
/// </summary>
public abstract class DemoNotificationTests(HostFixture host)
{
    [Fact]
    public async Task Each_person_of_the_demo_company_finds_their_followers_in_one_entry_and_the_e_mail_avoided_measure_counts_them()
    {
        var (chief, chiefId) = await host.Factory.ChiefExecutiveAsync();
        var followers = (await chief.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{chiefId}")).GetProperty("followerCount").GetInt32();
        Assert.True(followers > 50, "the chief executive is followed by most of the company");

        var entries = (await chief.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=follower&limit=100")).GetProperty("items").EnumerateArray().ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(followers, entry.GetProperty("actorCount").GetInt32());
        Assert.True(entry.GetProperty("updatedAt").GetDateTimeOffset() < DateTimeOffset.UtcNow.AddHours(-12), "dated at the latest follow, over the demo's past months");

        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var measure = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/email-avoided?days=366");
        Assert.True(measure.GetProperty("totals").GetProperty("byType").GetProperty("follower").GetProperty("inApp").GetInt32() >= followers);
    }

    [Fact]
    public async Task The_demo_month_of_reactions_and_replies_is_in_its_authors_notifications_at_its_own_time_and_read_when_older_than_a_few_days()
    {
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var fewDaysAgo = DateTimeOffset.UtcNow.AddDays(-4);
        var (post, author) = await OlderPostWithConversationAsync(admin, fewDaysAgo);
        var email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{author}")).GetProperty("email").GetString()!;
        var reader = await host.Factory.SignedInAsync(email);

        foreach (var type in new[] { "reaction", "reply" })
        {
            var entries = (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/notifications?type={type}&limit=100")).GetProperty("items").EnumerateArray();
            var entry = Assert.Single(entries, e => e.GetProperty("post").Id() == post.Id());
            var at = entry.GetProperty("updatedAt").GetDateTimeOffset();
            Assert.True(at >= post.GetProperty("createdAt").GetDateTimeOffset() && at < fewDaysAgo, $"the {type} is dated when it happened, not when the demo was seeded: {at}");
            Assert.True(entry.GetProperty("read").GetBoolean(), $"a {type} from days ago has been read");
            Assert.InRange(entry.GetProperty("actorCount").GetInt32(), 1, type == "reaction" ? ReactionTotal(post) : post.GetProperty("commentCount").GetInt32());
        }

        var measure = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/email-avoided?days=30");
        var earlierDays = measure.GetProperty("days").EnumerateArray().SkipLast(1).Where(d => d.GetProperty("inApp").GetInt32() > 0).Count();
        Assert.True(earlierDays >= 20, $"the month of conversations is counted on its own days, {earlierDays} of 29 days before today");
    }

    [Fact]
    public async Task Those_praised_in_the_demo_are_told_by_whom_and_when_and_the_praise_is_in_the_company_stream_at_its_date()
    {
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var praise = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/recognition/wall?limit=1")).GetProperty("items")[0];
        var receiver = praise.GetProperty("receivers")[0].Id();
        var email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{receiver}")).GetProperty("email").GetString()!;
        var reader = await host.Factory.SignedInAsync(email);

        var entries = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=praise&limit=100")).GetProperty("items").EnumerateArray();
        var givenAt = praise.GetProperty("createdAt").GetDateTimeOffset();
        var entry = Assert.Single(entries, e => (e.GetProperty("updatedAt").GetDateTimeOffset() - givenAt).Duration() < TimeSpan.FromSeconds(1));
        Assert.Equal(praise.GetProperty("giver").Id(), entry.GetProperty("actors")[0].Id());

        var post = await FirstPostAsync(admin, p => p.GetProperty("praiseId").GetString() == praise.Id().ToString());
        Assert.Equal(praise.GetProperty("giver").Id(), post.GetProperty("author").Id());
        Assert.True((post.GetProperty("createdAt").GetDateTimeOffset() - givenAt).Duration() < TimeSpan.FromSeconds(1), "the praise's post is dated at the praise");
        var mentions = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=mention&limit=100")).GetProperty("items").EnumerateArray();
        Assert.DoesNotContain(mentions, m => m.GetProperty("post").ValueKind == JsonValueKind.Object && m.GetProperty("post").Id() == post.Id());
    }

    [Fact]
    public async Task The_demo_accounts_find_their_conversations_with_the_latest_message_waiting_in_messages_and_in_the_bell()
    {
        var oliver = await host.Factory.SignedInAsync("oliver.brown@demo.enterprisesocial.example");
        var conversations = (await oliver.GetFromJsonAsync<JsonElement>("/api/v1/messages")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, conversations.Count);
        Assert.Equal([1, 0], conversations.Select(c => c.GetProperty("unreadCount").GetInt32()));
        Assert.Equal("Jérôme Roux", conversations[1].GetProperty("person").GetProperty("displayName").GetString());
        Assert.True(conversations[1].GetProperty("lastMessage").GetProperty("sharesPost").GetBoolean());
        var sent = (await oliver.GetFromJsonAsync<JsonElement>($"/api/v1/messages/with/{conversations[1].GetProperty("person").Id()}"))
            .GetProperty("items")[0].GetProperty("sharedPost");
        Assert.Contains("build time of the mobile app", sent.GetProperty("excerpt").GetString());
        Assert.Equal(1, (await oliver.GetFromJsonAsync<JsonElement>("/api/v1/messages/unread")).GetProperty("conversations").GetInt32());

        var entries = (await oliver.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=message&limit=100")).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            conversations.Select(c => (c.GetProperty("person").Id(), c.GetProperty("unreadCount").GetInt32() == 0)),
            entries.Select(e => (e.GetProperty("actors")[0].Id(), e.GetProperty("read").GetBoolean())));
    }

    [Fact]
    public async Task The_demo_history_earned_its_authors_their_achievements_and_each_was_told_on_the_day_it_was_earned()
    {
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var fewDaysAgo = DateTimeOffset.UtcNow.AddDays(-4);
        var (post, author) = await OlderPostWithConversationAsync(admin, fewDaysAgo);
        var badges = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/recognition/people/{author}")).GetProperty("badges").EnumerateArray();
        Assert.Contains(badges, b => b.GetProperty("badge").GetProperty("achievementKey").GetString() == "first-post");

        var email = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{author}")).GetProperty("email").GetString()!;
        var reader = await host.Factory.SignedInAsync(email);
        var told = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/notifications?type=badge&limit=100")).GetProperty("items").EnumerateArray();
        var entry = Assert.Single(told, e => e.GetProperty("detail").GetString() == "first-post");
        var at = entry.GetProperty("updatedAt").GetDateTimeOffset();
        Assert.True(at < post.GetProperty("createdAt").GetDateTimeOffset().AddDays(1), $"earned by the author's first post, at or before this one, not when the demo was seeded: {at}");
        Assert.True(entry.GetProperty("read").GetBoolean(), "a badge from days ago has been seen");
    }

    private static int ReactionTotal(JsonElement post) => post.GetProperty("reactions").EnumerateObject().Sum(r => r.Value.GetInt32());

    /// <summary>A company-wide post from before the given time with reactions and comments, and its author.</summary>
    private static async Task<(JsonElement Post, Guid Author)> OlderPostWithConversationAsync(HttpClient reader, DateTimeOffset before)
    {
        var post = await FirstPostAsync(reader, p =>
            p.GetProperty("createdAt").GetDateTimeOffset() < before && ReactionTotal(p) >= 2 && p.GetProperty("commentCount").GetInt32() >= 2);
        return (post, post.GetProperty("author").Id());
    }

    /// <summary>The newest post of the company stream that matches.</summary>
    private static async Task<JsonElement> FirstPostAsync(HttpClient reader, Func<JsonElement, bool> matches) =>
        await reader.FeedPostsAsync("company").FirstAsync(matches);
}

public sealed class SqliteDemoNotificationTests(SqliteHost host) : DemoNotificationTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDemoNotificationTests(PostgreSqlHost host) : DemoNotificationTests(host), IClassFixture<PostgreSqlHost>;
