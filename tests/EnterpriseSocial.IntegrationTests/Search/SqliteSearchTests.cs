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
    public async Task A_post_the_index_lost_is_not_read_until_listed_for_indexing_again()
    {
        var word = Word();
        var post = await author.PostAsync($"Kick-off {word}");
        await IndexedAsync();
        Assert.Equal([post.Id()], await FoundAsync(reader, word));

        // A row the index lost, and that waits for nothing, is not read: the windows ask the index, not every post.
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
        var sequence = await db.Posts.Where(p => p.Id == post.Id()).Select(p => p.Sequence).SingleAsync();
        await db.Database.ExecuteSqlAsync($"DELETE FROM activity_PostWords WHERE rowid = {sequence}");
        Assert.Empty(await FoundAsync(reader, word));
        await db.Database.ExecuteSqlAsync($"INSERT INTO activity_WordsToIndex VALUES (0, {sequence})");
        Assert.Equal([post.Id()], await FoundAsync(reader, word));
        await IndexedAsync();
        Assert.Equal([post.Id()], await FoundAsync(reader, word));
    }

    private protected override Task IndexedAsync() =>
        Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
                return await db.Database.SqlQueryRaw<long>(SearchWords.Behind).SingleAsync() <= 0;
            },
            "every post and comment is indexed for search");
}
