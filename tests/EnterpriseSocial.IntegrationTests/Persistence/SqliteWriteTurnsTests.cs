using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>Writers of one SQLite file take turns in the order they came, waiting without holding a thread.</summary>
public sealed class SqliteWriteTurnsTests
{
    [Fact]
    public async Task Writers_wait_in_turn_and_each_turn_ends_with_a_commit_a_dropped_transaction_or_a_statement()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = factory;
        // A turn never given back would make the next writer wait 30 s and then go ahead; this bounds it.
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var scopes = Enumerable.Range(0, 5).Select(_ => factory.Services.CreateScope()).ToList();
        var contexts = scopes.Select(s => s.ServiceProvider.GetRequiredService<NotificationsDbContext>()).ToList();
        Inbox NewInbox() => new() { PersonId = Guid.NewGuid() };

        await using var holding = await contexts[0].Database.BeginTransactionAsync(bound.Token);
        contexts[0].Inboxes.Add(NewInbox());
        await contexts[0].SaveChangesAsync(bound.Token);

        // Without turns each of these would block its thread in SQLite's busy wait, and this test with it.
        var nextTransaction = contexts[1].Database.BeginTransactionAsync(bound.Token);
        var statement = contexts[2].Inboxes.Where(i => i.LastSequence < 0).ExecuteDeleteAsync(bound.Token);
        contexts[3].Inboxes.Add(NewInbox());
        var singleRowSave = contexts[3].SaveChangesAsync(bound.Token);
        Assert.False(nextTransaction.IsCompleted, "the second writer waits for the first");
        Assert.False(statement.IsCompleted, "a statement outside a transaction waits too");
        Assert.False(singleRowSave.IsCompleted, "a save of one row takes a turn too");

        await holding.CommitAsync(bound.Token);
        var dropped = await nextTransaction;
        Assert.False(statement.IsCompleted, "first come, first served");

        await dropped.DisposeAsync();
        Assert.Equal(0, await statement);
        Assert.Equal(1, await singleRowSave);
        Assert.Equal(2, await contexts[4].Inboxes.CountAsync(bound.Token));
        scopes.ForEach(s => s.Dispose());
    }

    [Fact]
    public async Task Every_connection_writes_ahead_to_a_log_flushed_at_checkpoints_and_waits_for_the_lock_itself()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = factory;
        for (var open = 0; open < 2; open++)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            await db.Database.OpenConnectionAsync();
            async Task<string?> PragmaAsync(string name)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"PRAGMA {name}";
                return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }

            Assert.Equal("wal", await PragmaAsync("journal_mode"));
            Assert.Equal("1", await PragmaAsync("synchronous"));
            Assert.Equal("30000", await PragmaAsync("busy_timeout"));
            await db.Database.CloseConnectionAsync();
        }
    }
}
