using SQLitePCL;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// SQLite's process-wide settings for a host on the embedded default (ADR 0046), given when the first
/// module registers its database, before any connection opens: SQLite accepts them only then, and
/// keeps its defaults if something in the process opened a connection first.
/// <list type="bullet">
/// <item>Multi-thread mode: a connection takes no lock of its own around each call. A connection is
/// used by one context at a time (each belongs to one pooled context, ADR 0037), so the serialized
/// mode's lock, taken around every step and every column read, guards nothing.</item>
/// <item>No memory statistics: SQLite otherwise counts every allocation under one lock shared by all
/// connections, and the product never reads those counts.</item>
/// </list>
/// </summary>
internal static class SqliteThreading
{
    private static int given;

    public static void Apply()
    {
        if (Interlocked.Exchange(ref given, 1) == 1)
        {
            return;
        }

        Batteries_V2.Init();
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
