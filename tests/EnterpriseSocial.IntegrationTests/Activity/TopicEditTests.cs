using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// A hashtag added by an edit reaches the topic's followers as if the post had carried it from the start;
/// one taken away leaves them as if the post had never carried it.
/// </summary>
public abstract class TopicEditTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private Guid authorId;
    private HttpClient reader = null!;
    private Guid readerId;

    public async Task InitializeAsync()
    {
        (author, authorId) = await host.Factory.EmployeeAsync(12);
        (reader, readerId) = await host.Factory.EmployeeAsync(13);
        await reader.DeleteAsync($"/api/v1/profiles/{authorId}/follow");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> FollowedTopicAsync()
    {
        var tag = $"retro{Guid.NewGuid():N}"[..16];
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/profiles/me/topics/{tag}", null)).StatusCode);
        await reader.FeedAsync("home");
        return tag;
    }

    /// <summary>Edits the post once its own fan-out has passed the reader by.</summary>
    private async Task EditAfterFanOutAsync(Guid post, string body)
    {
        await host.Factory.EventsHandledAsync("the post's fan-out is done");
        Assert.DoesNotContain(post, await reader.FeedAsync("home"));
        await EditAsync(post, body);
    }

    private async Task EditAsync(Guid post, string body) =>
        Assert.Equal(HttpStatusCode.OK, (await author.PatchAsJsonAsync($"/api/v1/activity/posts/{post}", new { body })).StatusCode);

    [Fact]
    public async Task A_hashtag_added_by_an_edit_brings_the_post_into_the_home_streams_of_the_topics_followers()
    {
        var tag = await FollowedTopicAsync();
        var post = (await author.PostAsync("Notes from the retrospective")).Id();

        await EditAfterFanOutAsync(post, $"Notes from the retrospective #{tag}");

        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(post), "the tagged post reaches the topic's follower");
        Assert.Contains(post, await reader.FeedAsync($"topics/{tag}"));
    }

    [Fact]
    public async Task A_hashtag_taken_away_by_an_edit_takes_the_post_out_of_the_home_streams_it_brought_it_to()
    {
        var tag = await FollowedTopicAsync();
        var post = await TaggedPostInReadersHomeAsync(tag);

        await EditAsync(post, "Notes from the planning");

        await Eventually.HoldsAsync(async () => !(await reader.FeedAsync("home")).Contains(post), "the untagged post leaves the topic's follower");
        Assert.DoesNotContain(post, await reader.FeedAsync($"topics/{tag}"));
    }

    [Fact]
    public async Task A_hashtag_taken_away_leaves_the_post_with_whoever_follows_another_of_its_hashtags()
    {
        var tag = await FollowedTopicAsync();
        var kept = await FollowedTopicAsync();
        var post = await TaggedPostInReadersHomeAsync(tag);

        await EditAsync(post, $"Notes from the planning #{kept}");

        await host.Factory.EventsHandledAsync("the edit's events are handled");
        Assert.Contains(post, await reader.FeedAsync("home"));
    }

    [Fact]
    public async Task A_hashtag_taken_away_leaves_the_post_with_whoever_has_followed_its_author_since()
    {
        var tag = await FollowedTopicAsync();
        var post = await TaggedPostInReadersHomeAsync(tag);
        // The author followed once the post had reached the reader: its copy is still the hashtag's.
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null)).StatusCode);
        await host.Factory.EventsHandledAsync("the follow's backfill is done");

        await EditAsync(post, "Notes from the planning");

        await host.Factory.EventsHandledAsync("the edit's events are handled");
        Assert.Contains(post, await reader.FeedAsync("home"));
    }

    [Fact]
    public async Task A_hashtag_taken_away_leaves_a_space_post_with_the_spaces_members()
    {
        var tag = await FollowedTopicAsync();
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Planning {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        (await author.PostAsJsonAsync($"/api/v1/spaces/{space}/invitations", new { personIds = new[] { readerId } })).EnsureSuccessStatusCode();
        await host.Factory.EventsHandledAsync("the invitation is handled");
        var post = await TaggedPostInReadersHomeAsync(tag, space);

        await EditAsync(post, "Notes from the planning");

        await host.Factory.EventsHandledAsync("the edit's events are handled");
        Assert.Contains(post, await reader.FeedAsync("home"));
    }

    [Fact]
    public async Task A_hashtag_taken_away_leaves_a_praise_with_whoever_has_followed_someone_it_names_since()
    {
        var tag = await FollowedTopicAsync();
        var (praised, praisedId) = await host.Factory.EmployeeAsync(14);
        await reader.DeleteAsync($"/api/v1/profiles/{praisedId}/follow");
        var post = await PraisePostInReadersHomeAsync(praisedId, $"Great facilitation #{tag}");
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/profiles/{praisedId}/follow", null)).StatusCode);
        await host.Factory.EventsHandledAsync("the follow's backfill is done");
        var named = (await praised.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}")).GetProperty("bodyMarkdown").GetString()!.Split("\n")[0];

        await EditAsync(post, $"{named}\n\nGreat facilitation");

        await host.Factory.EventsHandledAsync("the edit's events are handled");
        Assert.Contains(post, await reader.FeedAsync("home"));
    }

    [Fact]
    public async Task A_praise_keeps_the_names_of_the_people_it_praises_when_edited()
    {
        var (_, praisedId) = await host.Factory.EmployeeAsync(14);
        var tag = await FollowedTopicAsync();
        var post = await PraisePostInReadersHomeAsync(praisedId, $"Great facilitation #{tag}");

        var response = await author.PatchAsJsonAsync($"/api/v1/activity/posts/{post}", new { body = "Great facilitation" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(praisedId, (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}")).GetProperty("mentions").EnumerateArray().Select(m => m.Id()));
    }

    /// <summary>The author praises someone, and the praise's post reaches the reader through its hashtag.</summary>
    private async Task<Guid> PraisePostInReadersHomeAsync(Guid praisedId, string message)
    {
        var badge = (await author.GetFromJsonAsync<JsonElement>("/api/v1/recognition/badges")).EnumerateArray().First(b => b.GetProperty("kind").GetString() == "praise").Id();
        var praise = (await (await author.PostAsJsonAsync("/api/v1/recognition/praise", new { receiverIds = new[] { praisedId }, badgeId = badge, message }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var post = Guid.Empty;
        await Eventually.HoldsAsync(async () =>
        {
            var shown = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/home?limit=50")).GetProperty("items").EnumerateArray()
                .FirstOrDefault(p => p.GetProperty("praiseId").ValueKind == JsonValueKind.String && p.GetProperty("praiseId").GetGuid() == praise);
            post = shown.ValueKind == JsonValueKind.Object ? shown.Id() : Guid.Empty;
            return post != Guid.Empty;
        }, "the praise reaches the topic's follower");
        return post;
    }

    private async Task<Guid> TaggedPostInReadersHomeAsync(string tag, Guid? spaceId = null)
    {
        var post = (await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = $"Notes from the planning #{tag}", spaceId }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        await Eventually.HoldsAsync(async () => (await reader.FeedAsync("home")).Contains(post), "the tagged post reaches the topic's follower");
        return post;
    }

    [Fact]
    public async Task A_hashtag_added_to_a_private_spaces_post_reaches_no_follower_outside_the_space()
    {
        var tag = await FollowedTopicAsync();
        var space = (await (await author.PostAsJsonAsync("/api/v1/spaces", new { name = $"Retro {Guid.NewGuid():N}"[..20], visibility = "private" }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();
        var post = (await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "Team notes", spaceId = space }))
            .Content.ReadFromJsonAsync<JsonElement>()).Id();

        await EditAfterFanOutAsync(post, $"Team notes #{tag}");

        await host.Factory.EventsHandledAsync("the edit's fan-out is done");
        // Reads would leave it out anyway: the timeline itself must not hold what its owner may not read.
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        Assert.False(await db.Timeline.AnyAsync(e => e.OwnerId == readerId && db.Posts.Any(p => p.Id == post && p.Sequence == e.PostSequence)));
    }
}

public sealed class SqliteTopicEditTests(SqliteHost host) : TopicEditTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlTopicEditTests(PostgreSqlHost host) : TopicEditTests(host), IClassFixture<PostgreSqlHost>;
