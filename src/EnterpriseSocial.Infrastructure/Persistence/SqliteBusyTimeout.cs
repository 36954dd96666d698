using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock, in steps of a few milliseconds. Without it the ADO.NET
/// provider retries a busy database after sleeping 150 ms, which put concurrent writes (a post and
/// a fan-out) hundreds of milliseconds apart for a lock held for one or two.
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }
}
