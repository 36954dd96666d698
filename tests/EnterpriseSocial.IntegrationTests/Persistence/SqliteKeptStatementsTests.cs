using System.Globalization;
using System.Runtime.InteropServices;
using EnterpriseSocial.IntegrationTests.Support;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EnterpriseSocial.IntegrationTests.Persistence;

/// <summary>The modules' SQLite connections keep the statements they run prepared (ADR 0037), and still answer what the database holds.</summary>
public sealed class SqliteKeptStatementsTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    // SQLite's count of a statement's runs since it was prepared.
    private const int StatementRuns = 6;

    // SqliteConnectionKeepingStatements.MostKept.
    private const int MostKeptPerConnection = 200;

    [Fact]
    public async Task A_statement_run_again_is_not_prepared_again_and_reads_what_others_committed_since()
    {
        using var readerScope = host.Factory.Services.CreateScope();
        using var writerScope = host.Factory.Services.CreateScope();
        var reader = readerScope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var writer = writerScope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var handle = await HandleAsync(reader);
        var person = Guid.NewGuid();

        Assert.False(await reader.Inboxes.AnyAsync(i => i.PersonId == person));
        writer.Inboxes.Add(new Inbox { PersonId = person, LastSequence = 7 });
        await writer.SaveChangesAsync();
        Assert.True(await reader.Inboxes.AnyAsync(i => i.PersonId == person));

        var inboxReads = Statements(handle).Where(s => s.Text.Contains("FROM \"notifications_Inboxes\"", StringComparison.Ordinal) && s.Text.Contains("@person", StringComparison.Ordinal)).ToList();
        // Finalized after each run, it would not be listed; SQLite may count a run more than once.
        Assert.True(Assert.Single(inboxReads).Runs >= 2);
    }

    [Fact]
    public async Task A_statement_read_inside_the_loop_of_the_same_statement_answers_on_its_own()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var people = new List<Guid> { Guid.NewGuid(), Guid.NewGuid() };
        db.Inboxes.AddRange(people.Select(p => new Inbox { PersonId = p }));
        await db.SaveChangesAsync();

        var inner = new List<int>();
        await foreach (var inbox in db.Inboxes.AsNoTracking().Where(i => people.Contains(i.PersonId)).AsAsyncEnumerable())
        {
            inner.Add((await db.Inboxes.AsNoTracking().Where(i => people.Contains(i.PersonId)).ToListAsync()).Count);
        }

        Assert.Equal([2, 2], inner);
    }

    [Fact]
    public async Task A_connection_that_ran_more_statements_than_it_keeps_starts_over_and_still_answers()
    {
        using var scope = host.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var handle = await HandleAsync(db);

        var many = MostKeptPerConnection + 10;
        for (var value = 0; value < many; value++)
        {
            // A different text each time, as statements built from values would be.
            var text = "SELECT " + value.ToString(CultureInfo.InvariantCulture) + " AS \"Value\"";
            Assert.Equal([value], await db.Database.SqlQueryRaw<int>(text).ToListAsync());
        }

        Assert.InRange(Statements(handle).Count, 1, MostKeptPerConnection);
    }

    /// <summary>The context's connection, opened once; it stays open underneath.</summary>
    private static async Task<IntPtr> HandleAsync(DbContext db)
    {
        await db.Database.OpenConnectionAsync();
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!.DangerousGetHandle();
        await db.Database.CloseConnectionAsync();
        return handle;
    }

    /// <summary>The connection's prepared statements, as SQLite lists them, with their text and number of runs.</summary>
    private static List<(string Text, int Runs)> Statements(IntPtr handle)
    {
        var statements = new List<(string, int)>();
        for (var statement = Native.sqlite3_next_stmt(handle, IntPtr.Zero); statement != IntPtr.Zero; statement = Native.sqlite3_next_stmt(handle, statement))
        {
            statements.Add((Marshal.PtrToStringUTF8(Native.sqlite3_sql(statement))!, Native.sqlite3_stmt_status(statement, StatementRuns, 0)));
        }

        return statements;
    }

    /// <summary>SQLite's own list of a connection's statements, which the ADO.NET layers do not expose.</summary>
    private static class Native
    {
        private const string Library = "e_sqlite3";

        [DllImport(Library)]
        public static extern IntPtr sqlite3_next_stmt(IntPtr db, IntPtr statement);

        [DllImport(Library)]
        public static extern IntPtr sqlite3_sql(IntPtr statement);

        [DllImport(Library)]
        public static extern int sqlite3_stmt_status(IntPtr statement, int counter, int reset);
    }
}
