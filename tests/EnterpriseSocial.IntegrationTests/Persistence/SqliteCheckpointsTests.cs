using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>What a commit leaves in SQLite's log reaches the database file soon after, copied apart from the writers.</summary>
public sealed class SqliteCheckpointsTests
{
    private const int Pages = 2000;

    [Fact]
    public async Task A_commit_of_more_pages_than_SQLite_checkpoints_at_reaches_the_file_while_every_connection_stays_open()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = factory;
        var file = new FileInfo(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        await db.Database.ExecuteSqlRawAsync("CREATE TABLE Scratch (Content BLOB NOT NULL)");
        file.Refresh();
        var before = file.Length;

        // One statement outside a transaction: one commit of a page per row.
        await db.Database.ExecuteSqlRawAsync(
            $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Pages}) INSERT INTO Scratch SELECT randomblob(3000) FROM n");
        Assert.Equal(Pages, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS Value FROM Scratch").SingleAsync());

        // The host's connections stay open (ADR 0037), so none copies the log back by closing.
        await Eventually.HoldsAsync(() =>
        {
            file.Refresh();
            return Task.FromResult(file.Length >= before + (Pages * 3000L));
        }, "the log's pages are in the database file");
    }
}
