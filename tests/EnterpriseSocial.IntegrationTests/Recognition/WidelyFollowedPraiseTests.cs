using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Recognition;

/// <summary>A host where anyone with more than one follower is a large audience, merged into home streams when read.</summary>
public abstract class TinyAudienceHost(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? database;

    public HostFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Factory = new HostFactory(database, settings: new Dictionary<string, string?> { ["Activity:Feeds:LargeAudienceThreshold"] = "1" });
        _ = Factory.Server;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await database!.DisposeAsync();
    }
}

public sealed class SqliteTinyAudienceHost() : TinyAudienceHost(DatabaseProvider.Sqlite);

public sealed class PostgreSqlTinyAudienceHost() : TinyAudienceHost(DatabaseProvider.PostgreSql);

/// <summary>Praise of a widely followed person is not fanned out to their followers, yet reaches their home streams when read.</summary>
public abstract class WidelyFollowedPraiseTests(TinyAudienceHost host)
{
    [Fact]
    public async Task The_followers_of_a_widely_followed_person_see_their_praise_at_home()
    {
        var (giver, _) = await host.Factory.EmployeeAsync(1);
        var (_, praisedId) = await host.Factory.EmployeeAsync(2);
        var (follower, _) = await host.Factory.EmployeeAsync(3);
        var (another, _) = await host.Factory.EmployeeAsync(4);
        foreach (var person in new[] { follower, another })
        {
            Assert.Equal(HttpStatusCode.NoContent, (await person.PutAsync($"/api/v1/profiles/{praisedId}/follow", null)).StatusCode);
        }

        await follower.FeedAsync("home");
        // Homes read the list of large audiences through a cache of a few seconds: the wait below allows for it.
        var badge = (await giver.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray().First(b => b.GetProperty("kind").GetString() == "praise").Id();
        var praise = (await (await giver.PostAsJsonAsync("/api/v1/recognition/praise", new { receiverIds = new[] { praisedId }, badgeId = badge, message = "Widely deserved" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        await Eventually.HoldsAsync(async () => (await follower.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/home?limit=50")).GetProperty("items").EnumerateArray()
            .Any(p => p.GetProperty("praiseId").ValueKind == JsonValueKind.String && p.GetProperty("praiseId").GetGuid() == praise),
            "the praise is merged into the follower's home", TimeSpan.FromSeconds(60));
    }
}

public sealed class SqliteWidelyFollowedPraiseTests(SqliteTinyAudienceHost host) : WidelyFollowedPraiseTests(host), IClassFixture<SqliteTinyAudienceHost>;

public sealed class PostgreSqlWidelyFollowedPraiseTests(PostgreSqlTinyAudienceHost host) : WidelyFollowedPraiseTests(host), IClassFixture<PostgreSqlTinyAudienceHost>;
