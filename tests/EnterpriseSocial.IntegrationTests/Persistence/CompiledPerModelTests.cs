using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>A query compiled once answers on every model a process holds (ADR 0033).</summary>
public sealed class CompiledPerModelTests
{
    private static readonly CompiledPerModel<Func<NotificationsDbContext, Guid, IAsyncEnumerable<long>>> LastSequenceOf = new(() =>
        EF.CompileAsyncQuery((NotificationsDbContext db, Guid personId) => db.Inboxes.Where(i => i.PersonId == personId).Select(i => i.LastSequence)));

    [Fact]
    public async Task One_compiled_query_runs_on_SQLite_and_PostgreSQL_hosts_of_the_same_process()
    {
        var (sqlite, sqliteDatabase) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite);
        var (postgres, postgresDatabase) = await HostFactory.EmptyAsync(DatabaseProvider.PostgreSql);
        await using var _ = sqliteDatabase;
        await using var __ = postgresDatabase;
        await using var ___ = sqlite;
        await using var ____ = postgres;

        var lastSequence = 0L;
        foreach (var factory in new[] { sqlite, postgres, sqlite })
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var someone = Guid.NewGuid();
            db.Inboxes.Add(new Inbox { PersonId = someone, LastSequence = ++lastSequence });
            await db.SaveChangesAsync();

            Assert.Equal([lastSequence], await LastSequenceOf.For(db)(db, someone).ToListAsync());
        }
    }
}
