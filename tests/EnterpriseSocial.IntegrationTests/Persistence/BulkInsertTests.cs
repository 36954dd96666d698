using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>Rows written in bulk (COPY on PostgreSQL, a prepared statement on SQLite) read back as EF Core wrote them.</summary>
public sealed class BulkInsertTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static async Task<T> InNotificationsAsync<T>(HostFactory factory, Func<NotificationsDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<NotificationsDbContext>());
    }

    private static List<Notification> Notifications(int count) => Enumerable.Range(0, count).Select(i =>
    {
        var draft = new NotificationDraft(
            Guid.NewGuid(), i % 2 == 0 ? "mention" : "announcement", $"group:{i}", i % 3 == 0 ? null : Guid.NewGuid(),
            PostId: i % 4 == 0 ? null : Guid.NewGuid(), SpaceId: i % 5 == 0 ? Guid.NewGuid() : null,
            Detail: i % 2 == 0 ? null : "must-read", Reason: i % 7 == 0 ? "Réunion à « Orléans » l'été, 'quoted' \"twice\"" : null);
        var notification = Notification.Create(draft, i + 1, Noon.AddMilliseconds(i));
        if (i % 6 == 0)
        {
            notification.MarkRead(Noon.AddMinutes(i), count + i + 1);
        }

        return notification;
    }).ToList();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Rows_written_in_bulk_read_back_as_written_nulls_and_converted_columns_included(DatabaseProvider provider)
    {
        var (factory, database) = await HostFactory.EmptyAsync(provider);
        await using var _ = database;
        await using var __ = factory;
        var notifications = Notifications(250);
        var inboxes = notifications.Select((n, i) => new Inbox
        {
            PersonId = n.RecipientId, LastSequence = i, SeenSequence = i / 2, LastSeenAt = i % 2 == 0 ? null : Noon.AddHours(i), LastDigestAt = Noon.AddDays(-i),
        }).ToList();

        await InNotificationsAsync(factory, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.BulkInsertAsync(notifications, CancellationToken.None);
            await db.BulkInsertAsync(inboxes, CancellationToken.None);
            await transaction.CommitAsync();
            return 0;
        });

        var stored = await InNotificationsAsync(factory, db => db.Notifications.AsNoTracking().ToDictionaryAsync(n => n.Id));
        Assert.Equal(notifications.Count, stored.Count);
        Assert.All(notifications, expected => Assert.Equivalent(expected, stored[expected.Id], strict: true));
        var storedInboxes = await InNotificationsAsync(factory, db => db.Inboxes.AsNoTracking().ToDictionaryAsync(i => i.PersonId));
        Assert.All(inboxes, expected => Assert.Equivalent(expected, storedInboxes[expected.PersonId], strict: true));
        // The converted column still compares in queries as EF Core writes it.
        var seenLate = await InNotificationsAsync(factory, db => db.Inboxes.CountAsync(i => i.LastSeenAt > Noon.AddHours(100)));
        Assert.Equal(inboxes.Count(i => i.LastSeenAt > Noon.AddHours(100)), seenLate);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Rows_written_in_bulk_go_with_a_transaction_that_rolls_back(DatabaseProvider provider)
    {
        var (factory, database) = await HostFactory.EmptyAsync(provider);
        await using var _ = database;
        await using var __ = factory;

        await InNotificationsAsync(factory, async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.BulkInsertAsync(Notifications(80), CancellationToken.None);
            await transaction.RollbackAsync();
            return 0;
        });

        Assert.Equal(0, await InNotificationsAsync(factory, db => db.Notifications.CountAsync()));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Rows_written_in_bulk_without_a_transaction_are_kept_and_the_connection_is_closed_again(DatabaseProvider provider)
    {
        var (factory, database) = await HostFactory.EmptyAsync(provider);
        await using var _ = database;
        await using var __ = factory;

        var state = await InNotificationsAsync(factory, async db =>
        {
            await db.BulkInsertAsync(Notifications(30), CancellationToken.None);
            return db.Database.GetDbConnection().State;
        });

        Assert.Equal(System.Data.ConnectionState.Closed, state);
        Assert.Equal(30, await InNotificationsAsync(factory, db => db.Notifications.CountAsync()));
    }
}
