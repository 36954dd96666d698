using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>No commit of the host checkpoints SQLite's log; the host copies it into the database file in the background (ADR 0037).</summary>
public sealed class SqliteCheckpointTests
{
    [Fact]
    public async Task Writes_leave_the_log_to_the_background_checkpoint_which_copies_it_into_the_file()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        await using var _ = database;
        await using var __ = factory;
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();

        await db.Database.OpenConnectionAsync();
        await using (var setting = db.Database.GetDbConnection().CreateCommand())
        {
            setting.CommandText = "PRAGMA wal_autocheckpoint";
            Assert.Equal(0L, await setting.ExecuteScalarAsync());
        }

        await db.Database.ExecuteSqlRawAsync("CREATE TABLE checkpoint_probe (value TEXT)");
        for (var i = 0; i < 20; i++)
        {
            await db.Database.ExecuteSqlRawAsync("INSERT INTO checkpoint_probe (value) VALUES (randomblob(4000))");
        }

        await db.Database.CloseConnectionAsync();
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        Assert.True(LogIndex(file).Frames > 0);
        await Eventually.HoldsAsync(() => Task.FromResult(LogIndex(file) is { Frames: > 0 } index && index.Copied == index.Frames),
            "every frame of the log is copied into the database file");
    }

    /// <summary>
    /// The frames in the log and how many of them a checkpoint copied into the database file, as SQLite's
    /// shared index of the log holds them (https://www.sqlite.org/walformat.html: <c>mxFrame</c> at byte 16,
    /// <c>nBackfill</c> at byte 96, in the machine's byte order). Read beside SQLite, it checkpoints nothing itself.
    /// </summary>
    private static (uint Frames, uint Copied) LogIndex(string databaseFile)
    {
        using var index = new FileStream(databaseFile + "-shm", FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var header = new byte[100];
        index.ReadExactly(header);
        return (BitConverter.ToUInt32(header, 16), BitConverter.ToUInt32(header, 96));
    }
}
