using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Activity;

public abstract class PostTests(HostFixture host) : IAsyncLifetime
{
    private HttpClient author = null!;
    private Guid authorId;
    private HttpClient reader = null!;

    public async Task InitializeAsync()
    {
        (author, authorId) = await host.Factory.EmployeeAsync(0);
        (reader, _) = await host.Factory.EmployeeAsync(1);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string?>> TopicsAsync(Guid post) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post}")).GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ToList();

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[svg](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("![x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("[a](<javascript:alert(1)>)")]
    [InlineData("[x]: javascript:alert(1)\n\n[x]")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("`<script>` and #tag<script>alert(1)</script>")]
    public async Task Nothing_anyone_writes_can_run_script(string payload)
    {
        var post = await author.PostAsync(payload);
        var html = post.GetProperty("bodyHtml").GetString()!;

        // Markup people type shows as text; what must never appear is a live element or attribute.
        Assert.DoesNotMatch(@"<(script|img|svg|iframe|object|embed|style)\b", html);
        Assert.DoesNotMatch(@"<[^>]*\son\w+\s*=", html);
        Assert.DoesNotMatch(@"(?i)<a\b[^>]*href\s*=\s*""\s*(javascript|data|vbscript):", html);
    }

    [Fact]
    public async Task Links_open_safely_and_hashtags_and_mentions_resolve()
    {
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var invited = await admin.PostAsJsonAsync("/api/v1/identity/accounts", new
        {
            email = $"x{Guid.NewGuid():N}@demo.enterprisesocial.example",
            displayName = "<img src=x onerror=alert(1)> Mallory",
            roles = new[] { "Employee" },
        });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var mallory = (await invited.Content.ReadFromJsonAsync<JsonElement>()).Id();
        await Eventually.HoldsAsync(async () => (await author.GetAsync($"/api/v1/profiles/{mallory}")).IsSuccessStatusCode, "the profile exists");
        var unknown = Guid.CreateVersion7();

        var post = await author.PostAsync(
            $"See https://example.com, #Sécurité and #C++ but not C# — thanks @[M]({mallory}) and @[Ghost]({unknown})");
        var html = post.GetProperty("bodyHtml").GetString()!;

        Assert.Contains("rel=\"noopener noreferrer nofollow\"", html);
        Assert.Contains("<a href=\"/topics/securite\" class=\"hashtag\"", html);
        Assert.Equal(["securite", "c"], post.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains($"<a href=\"/people/{mallory}\" class=\"mention\"", html);
        Assert.Contains("@&lt;img src=x onerror=alert(1)&gt; Mallory", html);
        Assert.Contains("@Ghost", html);
        Assert.Equal([mallory], post.GetProperty("mentions").EnumerateArray().Select(m => m.Id()));
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_post_even_when_requests_race()
    {
        var key = Guid.NewGuid().ToString();
        var first = await author.PostAsync("Once only", key);
        var again = await author.PostAsync("Once only", key);
        Assert.Equal(first.Id(), again.Id());

        var raceKey = Guid.NewGuid().ToString();
        var raced = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => author.PostAsync("Raced", raceKey)));
        Assert.Single(raced.Select(p => p.Id()).Distinct());
        var mine = await author.FeedAsync($"people/{authorId}");
        Assert.Single(mine, id => id == raced[0].Id());

        using var reused = new HttpRequestMessage(HttpMethod.Post, "/api/v1/activity/posts") { Content = JsonContent.Create(new { body = "Different" }) };
        reused.Headers.Add("Idempotency-Key", key);
        await (await author.SendAsync(reused)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Bad_posts_are_refused_with_problems()
    {
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = "  " })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { body = new string('x', 10_001) })).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync("/api/v1/activity/posts", new { sharedPostId = Guid.CreateVersion7() })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await author.GetAsync($"/api/v1/activity/posts/{Guid.CreateVersion7()}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await author.GetAsync("/api/v1/activity/feeds/company?cursor=nonsense")).AssertProblemAsync(HttpStatusCode.BadRequest);
        await (await author.GetAsync("/api/v1/activity/feeds/topics/not%20a%20tag")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hashtag_completion_offers_topics_in_use_by_their_first_letters_and_forgets_deleted_posts()
    {
        var unique = $"zq{Guid.NewGuid():N}"[..10];
        await author.PostAsync($"About #{unique}Alpha and #{unique}Beta");
        var gone = await author.PostAsync($"Soon gone #{unique}Gamma");
        await author.DeleteAsync($"/api/v1/activity/posts/{gone.Id()}");

        var suggested = await reader.GetFromJsonAsync<List<string>>($"/api/v1/activity/topics?prefix=%23{unique.ToUpperInvariant()}");
        Assert.Equal([$"{unique}alpha", $"{unique}beta"], suggested);
        await (await reader.GetAsync("/api/v1/activity/topics?prefix=not%20a%20tag")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Edits_keep_a_visible_history_and_only_the_author_edits()
    {
        var post = await author.PostAsync("First draft #drafts");
        Assert.Equal(["drafts"], await TopicsAsync(post.Id()));
        await (await reader.PatchAsJsonAsync($"/api/v1/activity/posts/{post.Id()}", new { body = "Hijacked" })).AssertProblemAsync(HttpStatusCode.Forbidden);

        var edited = await (await author.PatchAsJsonAsync($"/api/v1/activity/posts/{post.Id()}", new { body = "Second **draft** #final" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("<p>Second <strong>draft</strong> <a href=\"/topics/final\"", edited.GetProperty("bodyHtml").GetString());
        Assert.NotEqual(JsonValueKind.Null, edited.GetProperty("editedAt").ValueKind);
        // Read by someone who read it before the edit: a post's topics are kept per edition (ADR 0031).
        Assert.Equal(["final"], await TopicsAsync(post.Id()));

        var history = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/history");
        Assert.StartsWith("<p>First draft <a href=\"/topics/drafts\"", Assert.Single(history.EnumerateArray()).GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task A_deleted_post_is_a_tombstone_that_keeps_its_conversation_readable()
    {
        var post = await author.PostAsync("Soon gone #ephemeral");
        Assert.Equal(["ephemeral"], await TopicsAsync(post.Id()));
        var comment = await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "A reply worth keeping" });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        await (await reader.DeleteAsync($"/api/v1/activity/posts/{post.Id()}")).AssertProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/posts/{post.Id()}")).StatusCode);

        var tombstone = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}");
        Assert.True(tombstone.GetProperty("deleted").GetBoolean());
        Assert.Equal(string.Empty, tombstone.GetProperty("bodyHtml").GetString());
        Assert.Empty(await TopicsAsync(post.Id()));
        var comments = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/comments");
        Assert.Equal("<p>A reply worth keeping</p>\n", comments.GetProperty("items")[0].GetProperty("bodyHtml").GetString());
        await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Too late" })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.DoesNotContain(post.Id(), await reader.FeedAsync("company"));
    }

    [Fact]
    public async Task Conversations_have_one_level_of_replies()
    {
        var post = await author.PostAsync("What do you think?");
        var comment = await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Good idea" })).Content.ReadFromJsonAsync<JsonElement>();
        var reply = await (await author.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Thanks", parentId = comment.Id() })).Content.ReadFromJsonAsync<JsonElement>();
        var replyToReply = await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Welcome", parentId = reply.Id() })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(comment.Id(), replyToReply.GetProperty("parentId").GetGuid());
        var thread = (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/comments")).GetProperty("items");
        Assert.Equal(1, thread.GetArrayLength());
        Assert.Equal(2, thread[0].GetProperty("replyCount").GetInt32());
        Assert.Equal(["Thanks", "Welcome"], thread[0].GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("bodyMarkdown").GetString()));
        Assert.Equal(3, (await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}")).GetProperty("commentCount").GetInt32());
        await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "x", parentId = Guid.CreateVersion7() }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task One_reaction_per_person_changeable_and_counted()
    {
        var post = await author.PostAsync("React to this");
        var url = $"/api/v1/activity/posts/{post.Id()}/reaction";
        await (await reader.PutAsJsonAsync(url, new { kind = "love" })).AssertProblemAsync(HttpStatusCode.BadRequest);

        await reader.PutAsJsonAsync(url, new { kind = "like" });
        await reader.PutAsJsonAsync(url, new { kind = "like" });
        await author.PutAsJsonAsync(url, new { kind = "like" });
        await reader.PutAsJsonAsync(url, new { kind = "celebrate" });

        var seen = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}");
        Assert.Equal(1, seen.GetProperty("reactions").GetProperty("like").GetInt32());
        Assert.Equal(1, seen.GetProperty("reactions").GetProperty("celebrate").GetInt32());
        Assert.Equal("celebrate", seen.GetProperty("myReaction").GetString());

        await reader.DeleteAsync(url);
        seen = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}");
        Assert.Equal(0, seen.GetProperty("reactions").GetProperty("celebrate").GetInt32());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("myReaction").ValueKind);
    }

    [Fact]
    public async Task Who_reacted_lists_each_person_once_with_their_reaction_the_latest_first_page_by_page()
    {
        var (third, thirdId) = await host.Factory.EmployeeAsync(2);
        var readerId = (await reader.GetFromJsonAsync<JsonElement>("/api/v1/identity/me")).Id();
        var post = await author.PostAsync("Who liked this?");
        await reader.ReactAsync(post.Id(), "like");
        await author.ReactAsync(post.Id(), "celebrate");
        await third.ReactAsync(post.Id(), "insightful");
        await reader.ReactAsync(post.Id(), "support");

        var first = await reader.GetFromJsonAsync<JsonElement>($"/api/v1/activity/posts/{post.Id()}/reactions?limit=2");
        var rest = await reader.GetFromJsonAsync<JsonElement>(
            $"/api/v1/activity/posts/{post.Id()}/reactions?limit=2&cursor={Uri.EscapeDataString(first.GetProperty("nextCursor").GetString()!)}");

        var reactors = first.GetProperty("items").EnumerateArray().Concat(rest.GetProperty("items").EnumerateArray())
            .Select(r => (r.GetProperty("person").Id(), r.GetProperty("kind").GetString())).ToList();
        Assert.Equal([(thirdId, "insightful"), (authorId, "celebrate"), (readerId, "support")], reactors);
        Assert.Equal(JsonValueKind.Null, rest.GetProperty("nextCursor").ValueKind);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("items")[0].GetProperty("person").GetProperty("displayName").GetString()));

        var comment = (await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Me!" })).Content.ReadFromJsonAsync<JsonElement>()).Id();
        Assert.Equal(HttpStatusCode.NoContent, (await author.PutAsJsonAsync($"/api/v1/activity/comments/{comment}/reaction", new { kind = "curious" })).StatusCode);
        var onComment = await third.GetFromJsonAsync<JsonElement>($"/api/v1/activity/comments/{comment}/reactions");
        Assert.Equal([(authorId, "curious")], onComment.GetProperty("items").EnumerateArray().Select(r => (r.GetProperty("person").Id(), r.GetProperty("kind").GetString())));

        await (await reader.GetAsync($"/api/v1/activity/posts/{Guid.CreateVersion7()}/reactions")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await reader.GetAsync($"/api/v1/activity/posts/{post.Id()}/reactions?limit=0")).AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Posts_and_streams_answer_as_activity_streams()
    {
        var post = await author.PostAsync("Hello #world");
        var shared = await reader.PostAsync("Worth reading", sharedPostId: post.Id());
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/activity/posts/{post.Id()}");
        request.Headers.Accept.ParseAdd("application/activity+json");
        var response = await author.SendAsync(request);
        Assert.Equal("application/activity+json", response.Content.Headers.ContentType?.MediaType);
        var note = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("https://www.w3.org/ns/activitystreams", note.GetProperty("@context").GetString());
        Assert.Equal("Note", note.GetProperty("type").GetString());
        Assert.Equal("Hashtag", note.GetProperty("tag")[0].GetProperty("type").GetString());

        using var feedRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/activity/feeds/company?limit=2");
        feedRequest.Headers.Accept.ParseAdd("application/activity+json");
        var page = await (await author.SendAsync(feedRequest)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("OrderedCollectionPage", page.GetProperty("type").GetString());
        var announce = page.GetProperty("orderedItems")[0];
        Assert.Equal("Announce", announce.GetProperty("type").GetString());
        Assert.EndsWith($"/posts/{post.Id()}", announce.GetProperty("object").GetProperty("id").GetString());
        Assert.Contains("cursor=", page.GetProperty("next").GetString());
        Assert.Equal(shared.GetProperty("sharedPost").Id(), post.Id());
    }

    [Fact]
    public async Task The_demo_company_has_a_month_of_conversations()
    {
        var page = await reader.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/topics/kudos?limit=100");
        var posts = page.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(posts);
        Assert.Contains(posts, p => p.GetProperty("commentCount").GetInt32() > 0);
        Assert.Contains(posts, p => p.GetProperty("reactions").EnumerateObject().Sum(r => r.Value.GetInt32()) > 0);
        var home = await reader.GetFromJsonAsync<JsonElement>("/api/v1/activity/feeds/home");
        Assert.NotEmpty(home.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task People_you_talk_with_are_suggested_to_follow()
    {
        var hr = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("HR"));
        await hr.DeleteAsync($"/api/v1/profiles/{authorId}/follow");
        var post = await author.PostAsync("Looking for feedback on the new expense policy");
        await hr.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = "Happy to help." });

        var suggestions = (await hr.GetFromJsonAsync<JsonElement>("/api/v1/profiles/me/suggestions")).EnumerateArray().ToList();
        var suggested = Assert.Single(suggestions, s => s.GetProperty("person").Id() == authorId);
        Assert.Equal("interaction", suggested.GetProperty("reason").GetString());
    }
}

public sealed class SqlitePostTests(SqliteHost host) : PostTests(host), IClassFixture<SqliteHost>;

public sealed class PostgreSqlPostTests(PostgreSqlHost host) : PostTests(host), IClassFixture<PostgreSqlHost>;
