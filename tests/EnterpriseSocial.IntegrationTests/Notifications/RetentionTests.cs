using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Retention;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Notifications;

/// <summary>Notifications are deleted once idle past the retention the platform declares; later activity keeps an entry.</summary>
public abstract class RetentionTests(HostFixture host)
{
    [Fact]
    public async Task Entries_idle_past_the_retention_are_deleted_and_an_entry_with_later_activity_is_kept()
    {
        var (alice, aliceId) = await host.Factory.EmployeeAsync(10);
        var (bob, _) = await host.Factory.EmployeeAsync(11);
        var (carol, _) = await host.Factory.EmployeeAsync(12);
        var (dan, _) = await host.Factory.EmployeeAsync(13);
        var preferences = await alice.GetFromJsonAsync<JsonElement>("/api/v1/notifications/preferences");
        Assert.Equal(180, preferences.GetProperty("keptForDays").GetInt32());

        var oldMention = (await bob.PostAsync($"Old news for @[Alice]({aliceId}) {Guid.NewGuid():N}")).Id();
        var post = (await alice.PostAsync($"Reactions welcome {Guid.NewGuid():N}")).Id();
        await bob.ReactAsync(post);
        await Eventually.HoldsAsync(async () => await EntryAsync(alice, "mention", oldMention) is not null && await EntryAsync(alice, "reaction", post) is not null,
            "the mention and the reaction are stored");
        var cutoff = DateTimeOffset.UtcNow;

        await carol.ReactAsync(post);
        var newMention = (await carol.PostAsync($"Fresh news for @[Alice]({aliceId}) {Guid.NewGuid():N}")).Id();
        await Eventually.HoldsAsync(async () => await EntryAsync(alice, "mention", newMention) is not null
            && (await EntryAsync(alice, "reaction", post))?.GetProperty("actorCount").GetInt32() == 2, "the later activity is stored");

        Assert.True(await RunRoundAsync(cutoff) > 0);
        Assert.Null(await EntryAsync(alice, "mention", oldMention));
        Assert.NotNull(await EntryAsync(alice, "mention", newMention));
        Assert.Equal(2, (await EntryAsync(alice, "reaction", post))!.Value.GetProperty("actorCount").GetInt32());
        var unread = (await alice.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread")).GetProperty("unread").GetInt32();
        Assert.Equal((await ListAsync(alice)).Count(n => !n.GetProperty("read").GetBoolean()), unread);

        // Everything is past the retention a moment later; new activity then starts a group over.
        await RunRoundAsync(DateTimeOffset.UtcNow);
        Assert.Empty(await ListAsync(alice));
        await dan.ReactAsync(post);
        await Eventually.HoldsAsync(async () => (await EntryAsync(alice, "reaction", post))?.GetProperty("actorCount").GetInt32() == 1, "a new entry starts");
    }

    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications?limit=100")).GetProperty("items").EnumerateArray().ToList();

    private static async Task<JsonElement?> EntryAsync(HttpClient client, string type, Guid post) =>
        (await ListAsync(client)).Cast<JsonElement?>().FirstOrDefault(n => n!.Value.GetProperty("type").GetString() == type
            && n.Value.GetProperty("post").ValueKind == JsonValueKind.Object && n.Value.GetProperty("post").Id() == post);

    /// <summary>A pass run when entries last active before <paramref name="cutoff"/> have just passed the retention.</summary>
    private async Task<int> RunRoundAsync(DateTimeOffset cutoff)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var keepFor = scope.ServiceProvider.GetRequiredService<IOptions<RetentionOptions>>().Value.KeepFor;
        return await ActivatorUtilities.CreateInstance<RetentionRound>(scope.ServiceProvider, new FixedClock(cutoff + keepFor)).RunAsync(CancellationToken.None);
    }
}

public sealed class SqliteRetentionTests(SqliteHost host) : RetentionTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlRetentionTests(PostgreSqlHost host) : RetentionTests(host), IClassFixture<PostgreSqlHost>;
