using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>The demo company's bells ring from the first start: each person is told who follows them, and the measure counts it.</summary>
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
        Assert.False(entry.GetProperty("read").GetBoolean());
        Assert.True((await chief.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread")).GetProperty("unread").GetInt32() >= 1);

        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var measure = await admin.GetFromJsonAsync<JsonElement>("/api/v1/notifications/email-avoided?days=7");
        Assert.True(measure.GetProperty("totals").GetProperty("byType").GetProperty("follower").GetProperty("inApp").GetInt32() >= followers);
    }
}

public sealed class SqliteDemoNotificationTests(SqliteHost host) : DemoNotificationTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDemoNotificationTests(PostgreSqlHost host) : DemoNotificationTests(host), IClassFixture<PostgreSqlHost>;
