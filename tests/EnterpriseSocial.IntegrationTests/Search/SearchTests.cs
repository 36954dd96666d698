using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>
/// Searching posts and comments: folded matching, newest first by keyset, and bad input; on SQLite and PostgreSQL,
/// through each one's indexes of the folded text (ADR 0021).
/// </summary>
public abstract class SearchTests(HostFixture host) : IAsyncLifetime
{
    private protected HttpClient author = null!;
    private protected Guid authorId;
    private protected HttpClient reader = null!;

    private protected HostFactory Factory => host.Factory;

    public async Task InitializeAsync()
    {
        (author, authorId) = await host.Factory.EmployeeAsync(3);
        (reader, _) = await host.Factory.EmployeeAsync(4);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Returns once every post and comment written so far is in the database's search indexes.</summary>
    private protected virtual Task IndexedAsync() => Task.CompletedTask;

    /// <summary>A word no other test and no demo post contains.</summary>
    internal static string Word() => $"w{Guid.NewGuid():N}"[..14];

    internal static async Task<JsonElement> SearchAsync(HttpClient client, string q, string? cursor = null, int limit = 20)
    {
        var response = await client.GetAsync($"/api/v1/activity/search?q={Uri.EscapeDataString(q)}&limit={limit}{(cursor is null ? "" : $"&cursor={cursor}")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    internal static async Task<List<Guid>> FoundAsync(HttpClient client, string q) =>
        (await SearchAsync(client, q, limit: 100)).GetProperty("items").EnumerateArray().Select(r => r.GetProperty("post").Id()).ToList();

    [Fact]
    public async Task Words_match_whatever_their_accents_and_case_and_the_match_is_shown_marked()
    {
        var word = Word();
        var post = await author.PostAsync($"La **Réunion** du comité à Orléans, {word}, se tient jeudi.");

        foreach (var q in new[] { $"reunion ORLEANS {word}", $"RÉUNION orléans {word.ToUpperInvariant()}", $"{word} comite" })
        {
            var result = Assert.Single((await SearchAsync(reader, q)).GetProperty("items").EnumerateArray());
            Assert.Equal(post.Id(), result.GetProperty("post").Id());
            Assert.Equal(authorId, result.GetProperty("post").GetProperty("author").Id());
        }

        var match = (await SearchAsync(reader, $"orleans {word}")).GetProperty("items")[0].GetProperty("match");
        Assert.Equal("post", match.GetProperty("in").GetString());
        var text = match.GetProperty("text").GetString()!;
        Assert.Equal($"La Réunion du comité à Orléans, {word}, se tient jeudi.", text);
        var marked = match.GetProperty("highlights").EnumerateArray()
            .Select(h => text.Substring(h.GetProperty("start").GetInt32(), h.GetProperty("length").GetInt32())).ToList();
        Assert.Equal(["Orléans", word], marked);
        Assert.Empty(await FoundAsync(reader, $"{word} absent"));
    }

    [Fact]
    public async Task A_post_is_found_by_the_words_of_its_comments_but_not_by_deleted_or_hidden_ones()
    {
        var word = Word();
        var post = await author.PostAsync("Who knows the canteen's opening hours?");
        var comment = await (await reader.PostAsJsonAsync($"/api/v1/activity/posts/{post.Id()}/comments", new { body = $"Élodie says eight, {word}" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        var result = (await SearchAsync(author, $"elodie {word}")).GetProperty("items")[0];
        Assert.Equal(post.Id(), result.GetProperty("post").Id());
        Assert.Equal("comment", result.GetProperty("match").GetProperty("in").GetString());
        Assert.Equal(comment.Id(), result.GetProperty("match").GetProperty("commentId").GetGuid());

        Assert.Equal(HttpStatusCode.NoContent, (await reader.DeleteAsync($"/api/v1/activity/comments/{comment.Id()}")).StatusCode);
        Assert.Empty(await FoundAsync(author, word));
    }

    [Fact]
    public async Task Deleted_posts_hidden_posts_and_muted_people_are_not_found()
    {
        var word = Word();
        var deleted = await author.PostAsync($"Soon gone {word}");
        var hidden = await author.PostAsync($"Soon hidden {word}");
        Assert.Equal(HttpStatusCode.NoContent, (await author.DeleteAsync($"/api/v1/activity/posts/{deleted.Id()}")).StatusCode);
        var admin = await host.Factory.SignedInAsync(await host.Factory.DemoEmailAsync("Admin"));
        var hide = await admin.PostAsJsonAsync("/api/v1/activity/moderation/actions", new { targetKind = "post", targetId = hidden.Id(), action = "hidden", reason = "Off topic" });
        Assert.Equal(HttpStatusCode.NoContent, hide.StatusCode);

        Assert.Empty(await FoundAsync(reader, word));
        Assert.Equal([hidden.Id()], await FoundAsync(author, word));

        var muted = Word();
        await author.PostAsync($"Muted words {muted}");
        Assert.Single(await FoundAsync(reader, muted));
        Assert.Equal(HttpStatusCode.NoContent, (await reader.PutAsync($"/api/v1/activity/mutes/person/{authorId}", null)).StatusCode);
        Assert.Empty(await FoundAsync(reader, muted));
        Assert.Equal(HttpStatusCode.NoContent, (await reader.DeleteAsync($"/api/v1/activity/mutes/person/{authorId}")).StatusCode);
        Assert.Single(await FoundAsync(reader, muted));
    }

    [Fact]
    public async Task Results_come_newest_first_and_page_by_cursor_without_gaps_or_repeats()
    {
        var word = Word();
        var written = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            written.Add((await author.PostAsync($"Release note {i} {word}")).Id());
        }

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await SearchAsync(reader, word, cursor, limit: 2);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("post").Id()));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Reverse(written), seen);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Posts_behind_thousands_of_newer_ones_are_found_and_paged_in_order()
    {
        var word = Word();
        var oldest = await author.PostAsync($"Kick-off {word}");
        await PublishWithoutTheWordAsync(host.Factory, authorId, 2 * SearchFilters.FirstWindow);
        var older = await author.PostAsync($"Review {word}");
        await PublishWithoutTheWordAsync(host.Factory, authorId, SearchFilters.FirstWindow);
        var newest = await author.PostAsync($"Retrospective {word}");

        var first = await SearchAsync(reader, word, limit: 2);
        Assert.Equal([newest.Id(), older.Id()], first.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("post").Id()));
        var second = await SearchAsync(reader, word, first.GetProperty("nextCursor").GetString(), limit: 2);
        Assert.Equal([oldest.Id()], second.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("post").Id()));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Empty(await FoundAsync(reader, $"{word}x"));

        var beyondEveryPost = await SearchAsync(reader, word, SequenceCursor.Encode(long.MaxValue), limit: 5);
        Assert.Equal([newest.Id(), older.Id(), oldest.Id()], beyondEveryPost.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("post").Id()));
    }

    [Fact]
    public async Task An_edit_or_the_backfill_changes_what_a_post_is_found_by_and_every_word_matches_as_written()
    {
        var word = Word();
        var post = await author.PostAsync($"Budget 50% {word}");
        var edit = await author.PatchAsJsonAsync($"/api/v1/activity/posts/{post.Id()}", new { body = $"Budget 40_5 {word} v2" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);

        Assert.Empty(await FoundAsync(reader, $"{word} 50%"));
        Assert.Equal([post.Id()], await FoundAsync(reader, $"{word} 40_5"));
        Assert.Equal([post.Id()], await FoundAsync(reader, $"{word} v2"));
        Assert.Empty(await FoundAsync(reader, $"{word} 40%5"));
        Assert.Empty(await FoundAsync(reader, $"{word} 4__5"));

        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        await db.Posts.Where(p => p.Id == post.Id()).ExecuteUpdateAsync(set => set.SetProperty(p => p.SearchText, (string?)null));
        Assert.Empty(await FoundAsync(reader, word));
        await ActivatorUtilities.CreateInstance<SearchTextBackfill>(scope.ServiceProvider).FillAsync(CancellationToken.None);
        Assert.Equal([post.Id()], await FoundAsync(reader, word));
    }

    [Fact]
    public async Task Old_posts_and_comments_are_found_through_the_index_and_edits_by_their_new_words_before_and_after_indexing()
    {
        var (word, inComment) = (Word(), Word());
        var post = await author.PostAsync($"Kick-off {word}");
        var discussed = await author.PostAsync("Where do we meet?");
        var comment = await reader.PostAsJsonAsync($"/api/v1/activity/posts/{discussed.Id()}/comments", new { body = $"Room {inComment}" });
        Assert.Equal(HttpStatusCode.Created, comment.StatusCode);
        await PublishWithoutTheWordAsync(Factory, authorId, 4 * SearchFilters.FirstWindow);
        await IndexedAsync();

        Assert.Equal([post.Id()], await FoundAsync(reader, word));
        Assert.Equal([discussed.Id()], await FoundAsync(reader, $"room {inComment}"));

        var edited = Word();
        var edit = await author.PatchAsJsonAsync($"/api/v1/activity/posts/{post.Id()}", new { body = $"Kick-off {edited}" });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Empty(await FoundAsync(reader, word));
        Assert.Equal([post.Id()], await FoundAsync(reader, edited));
        await IndexedAsync();
        Assert.Empty(await FoundAsync(reader, word));
        Assert.Equal([post.Id()], await FoundAsync(reader, edited));
    }

    [Fact]
    public async Task Words_too_short_for_the_index_quotes_and_characters_beyond_two_bytes_match_as_written()
    {
        var word = Word();
        var quoted = await author.PostAsync($"Launch \"{word}\" 🚀🚀x q7");
        await IndexedAsync();

        Assert.Equal([quoted.Id()], await FoundAsync(reader, $"\"{word}\""));
        Assert.Equal([quoted.Id()], await FoundAsync(reader, $"{word} 🚀🚀x"));
        Assert.Empty(await FoundAsync(reader, $"{word} 🚀🚀🚀"));
        Assert.Equal([quoted.Id()], await FoundAsync(reader, $"{word} q7"));
        Assert.Contains(quoted.Id(), await FoundAsync(reader, "q7"));
    }

    /// <summary>Posts written straight into the database: thousands through the API would take most of a minute.</summary>
    internal static async Task PublishWithoutTheWordAsync(HostFactory factory, Guid authorId, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var content = new RenderedContent("Weekly numbers", "<p>Weekly numbers</p>", [], []);
        db.Posts.AddRange(Enumerable.Range(0, count).Select(_ => Post.Publish(authorId, content, null, DateTimeOffset.UtcNow)));
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("", null, "q")]
    [InlineData("   ", null, "q")]
    [InlineData("ok", "not-a-cursor!", "cursor")]
    [InlineData("ok", "MTIz", "limit")]
    public async Task Bad_input_is_a_validation_problem(string q, string? cursor, string field)
    {
        var limit = field == "limit" ? "&limit=0" : string.Empty;
        var response = await reader.GetAsync($"/api/v1/activity/search?q={Uri.EscapeDataString(q)}{limit}{(cursor is null ? "" : $"&cursor={cursor}")}");
        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task A_missing_or_too_long_query_is_a_validation_problem()
    {
        await (await reader.GetAsync("/api/v1/activity/search")).AssertProblemAsync(HttpStatusCode.BadRequest);
        var problem = await (await reader.GetAsync($"/api/v1/activity/search?q={new string('a', 201)}")).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }
}
