using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.IntegrationTests.Activity;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Search;

/// <summary>
/// Search on SQLite, and its indexes (ADR 0021): written after each write, in batches, and read for candidates only,
/// so that what a post says now decides whether it is found, indexed yet or not.
/// </summary>
public sealed class SqliteSearchTests(SqliteHost host) : SearchTests(host), IClassFixture<SqliteHost>
{
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

        // A row the index lost, and that waits for nothing, is not read: the windows ask the index, not every post.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var sequence = await db.Posts.Where(p => p.Id == post.Id()).Select(p => p.Sequence).SingleAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM activity_PostWords WHERE rowid = {sequence}");
        Assert.Empty(await FoundAsync(reader, edited));
        await db.Database.ExecuteSqlAsync($"INSERT INTO activity_WordsToIndex VALUES (0, {sequence})");
        Assert.Equal([post.Id()], await FoundAsync(reader, edited));
        await IndexedAsync();
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

    private Task IndexedAsync() =>
        Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
                return await db.Database.SqlQueryRaw<long>(SearchWords.Behind).SingleAsync() <= 0;
            },
            "every post and comment is indexed for search");
}
