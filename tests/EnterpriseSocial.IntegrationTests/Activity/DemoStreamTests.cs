using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>The demo company's streams on the first start: its month of conversations, in its spaces too, in the order it happened.</summary>
public abstract class DemoStreamTests(HostFixture host)
{
    [Theory]
    [InlineData("Employee")]
    [InlineData("Admin")]
    public async Task A_demo_persons_home_stream_lists_company_and_space_posts_newest_first_by_their_dates(string role)
    {
        var reader = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync(role));
        var posts = await reader.FeedPostsAsync("home").ToListAsync();

        Assert.Contains(posts, InSpace);
        Assert.Contains(posts, p => !InSpace(p));
        var dates = posts.Select(p => p.GetProperty("createdAt").GetDateTimeOffset()).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }

    private static bool InSpace(JsonElement post) => post.TryGetProperty("space", out var space) && space.ValueKind == JsonValueKind.Object;
}

public sealed class SqliteDemoStreamTests(SqliteHost host) : DemoStreamTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDemoStreamTests(PostgreSqlHost host) : DemoStreamTests(host), IClassFixture<PostgreSqlHost>;
