using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SQLitePCL;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>
/// The modules' SQLite connections carry none of EF Core's functions (ADR 0034), and still answer; SQLite
/// runs without its memory statistics, which it accepts only with the multi-thread mode given with them (ADR 0046).
/// </summary>
public sealed class SqliteConnectionTests : IAsyncLifetime
{
    private HostFactory factory = null!;
    private TestDatabase database = null!;
    private IServiceScope scope = null!;

    public async Task InitializeAsync()
    {
        (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        scope = factory.Services.CreateScope();
    }

    public async Task DisposeAsync()
    {
        scope.Dispose();
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    private NotificationsDbContext Db => scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();

    [Fact]
    public async Task A_module_connection_runs_statements_without_registering_EF_Core_functions()
    {
        Assert.Equal(0, await Db.Inboxes.CountAsync());
        var missing = await Assert.ThrowsAsync<SqliteException>(() => Db.Database.SqlQueryRaw<int>("SELECT ef_compare(1, 2) AS \"Value\"").ToListAsync());
        Assert.Contains("no such function: ef_compare", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SQLite_counts_no_allocations_while_a_host_on_it_has_connections_open()
    {
        Assert.Equal(0, await Db.Inboxes.CountAsync());
        // With statistics on, this is what every open connection and its page cache hold, never zero.
        Assert.Equal(0, raw.sqlite3_memory_used());
    }
}
