using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace EnterpriseSocial.Infrastructure.Persistence;

#pragma warning disable EF1001 // The SQLite provider's connection is internal API; ADR 0034 says why it is replaced.

/// <summary>
/// The SQLite provider's connection without the functions EF Core adds to every connection it creates
/// (decimal arithmetic and aggregates, <c>regexp</c>, a decimal collation). Microsoft.Data.Sqlite
/// registers a connection's functions with SQLite each time it is opened and removes them each time
/// it goes back to the pool: two dozen native calls around every statement EF Core runs, for
/// functions no query of the product uses (it stores no decimals and matches no regular
/// expressions in the database). A query that needs one fails with "no such function" in the tests.
/// The connection keeps the statements it runs prepared (ADR 0037).
/// </summary>
internal sealed class SqliteConnectionsWithoutEfFunctions(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection()
    {
        var connection = new SqliteConnectionKeepingStatements(GetValidatedConnectionString());
        if (RelationalOptionsExtension.Extract(Dependencies.ContextOptions).CommandTimeout is { } timeout)
        {
            connection.DefaultTimeout = timeout;
        }

        return connection;
    }
}
