using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EnterpriseSocial.IntegrationTests.Activity;

/// <summary>
/// A person back from an absence is marked as reading before their timeline is rebuilt, so fan-out
/// may write into it meanwhile. On PostgreSQL two fan-outs can each hold an uncommitted entry that
/// the rebuild wants too (SQLite lets one writer at a time): the rebuild waits for each, yields to it,
/// and the read that started it still answers.
/// </summary>
public sealed class TimelineRebuildTests(PostgreSqlFeedHost host) : IClassFixture<PostgreSqlFeedHost>
{
    [Fact]
    public async Task A_rebuild_that_collides_with_fan_out_again_and_again_still_answers_the_read()
    {
        await host.Factory.EventsHandledAsync("the demo data's events are handled", TimeSpan.FromMinutes(5));
        var (author, authorId) = await host.Factory.EmployeeAsync(2);
        var (reader, readerId) = await host.Factory.EmployeeAsync(3);
        await reader.PutAsync($"/api/v1/profiles/{authorId}/follow", null);
        Guid[] posts = [(await author.PostAsync("First while you were away")).Id(), (await author.PostAsync("Second while you were away")).Id()];
        await host.Factory.EventsHandledAsync("the posts are fanned out");

        var sequences = await InActivityDbAsync(async db =>
        {
            await db.FeedReaders.Where(r => r.PersonId == readerId).ExecuteUpdateAsync(s => s.SetProperty(r => r.LastReadAt, DateTimeOffset.UtcNow.AddDays(-30)));
            await db.Timeline.Where(e => e.OwnerId == readerId).ExecuteDeleteAsync();
            return await db.Posts.Where(p => posts.Contains(p.Id)).Select(p => p.Sequence).ToListAsync();
        });
        host.Factory.Services.GetRequiredService<IMemoryCache>().Remove($"activity:reader:{readerId:N}");

        var fanOuts = new List<UncommittedEntry>();
        foreach (var sequence in sequences)
        {
            fanOuts.Add(await UncommittedEntry.WriteAsync(host.Factory.Services, new TimelineEntry
            {
                OwnerId = readerId, PostSequence = sequence, AuthorId = authorId, Reason = TimelineReason.FollowedPerson,
            }));
        }

        var read = reader.FeedAsync("home");
        while (fanOuts.Count > 0)
        {
            UncommittedEntry? waitedFor = null;
            await Eventually.HoldsAsync(async () => (waitedFor = await WaitedForAsync(fanOuts)) is not null, "the rebuild waits for a fan-out's entry");
            await waitedFor!.CommitAsync();
            fanOuts.Remove(waitedFor);
        }

        var home = await read;
        Assert.Contains(posts[0], home);
        Assert.Contains(posts[1], home);
    }

    /// <summary>The fan-out whose transaction another session waits for, if any.</summary>
    private async Task<UncommittedEntry?> WaitedForAsync(IReadOnlyList<UncommittedEntry> fanOuts)
    {
        await using var connection = new NpgsqlConnection(host.Factory.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT transactionid::text FROM pg_locks WHERE locktype = 'transactionid' AND NOT granted", connection);
        await using var rows = await command.ExecuteReaderAsync();
        var awaited = new HashSet<string>();
        while (await rows.ReadAsync())
        {
            awaited.Add(rows.GetString(0));
        }

        return fanOuts.FirstOrDefault(f => awaited.Contains(f.TransactionId));
    }

    private async Task<T> InActivityDbAsync<T>(Func<ActivityDbContext, Task<T>> query)
    {
        using var scope = host.Factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ActivityDbContext>());
    }

    /// <summary>A timeline entry written as fan-out writes it, in a transaction left open until committed.</summary>
    private sealed class UncommittedEntry(AsyncServiceScope scope, IDbContextTransaction transaction, string transactionId)
    {
        public string TransactionId => transactionId;

        public static async Task<UncommittedEntry> WriteAsync(IServiceProvider services, TimelineEntry entry)
        {
            var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActivityDbContext>();
            var transaction = await db.Database.BeginTransactionAsync();
            db.Timeline.Add(entry);
            await db.SaveChangesAsync();
            var id = await db.Database.SqlQueryRaw<string>("SELECT pg_current_xact_id()::text AS \"Value\"").SingleAsync();
            return new UncommittedEntry(scope, transaction, id);
        }

        public async Task CommitAsync()
        {
            await transaction.CommitAsync();
            await scope.DisposeAsync();
        }
    }
}
