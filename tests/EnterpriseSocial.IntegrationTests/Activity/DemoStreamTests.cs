using System.Net;
using System.Net.Http.Json;
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

    [Fact]
    public async Task The_demo_company_stream_has_an_open_poll_with_votes_and_a_question_with_its_best_answer()
    {
        var reader = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Employee"));
        var posts = await reader.FeedPostsAsync("company").ToListAsync();

        var poll = Assert.Single(posts, p => p.GetProperty("kind").GetString() == "poll");
        Assert.False(poll.GetProperty("poll").GetProperty("closed").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsJsonAsync($"/api/v1/activity/posts/{poll.Id()}/vote", new { options = new[] { 1 } })).StatusCode);
        var results = (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{poll.Id()}")).GetProperty("poll");
        var votes = results.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("votes").GetInt32()).ToList();
        Assert.True(results.GetProperty("voters").GetInt32() > 1);
        Assert.Equal(results.GetProperty("voters").GetInt32(), votes.Sum());
        Assert.Equal([1], results.GetProperty("myChoices").EnumerateArray().Select(c => c.GetInt32()));

        var question = Assert.Single(posts, p => p.GetProperty("kind").GetString() == "question");
        var bestAnswer = question.GetProperty("bestAnswerId").GetGuid();
        var answers = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{question.Id()}/comments");
        Assert.Contains(answers.GetProperty("items").EnumerateArray(), a => a.Id() == bestAnswer);
        Assert.Equal(answers.GetProperty("items").GetArrayLength(), question.GetProperty("commentCount").GetInt32());
    }

    private static bool InSpace(JsonElement post) => post.TryGetProperty("space", out var space) && space.ValueKind == JsonValueKind.Object;
}

public sealed class SqliteDemoStreamTests(SqliteHost host) : DemoStreamTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlDemoStreamTests(PostgreSqlHost host) : DemoStreamTests(host), IClassFixture<PostgreSqlHost>;
