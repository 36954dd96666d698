using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace EnterpriseSocial.Infrastructure.Persistence;

public static class WriteCollisions
{
    /// <summary>
    /// A write that met another one at the same moment where writers run side by side (PostgreSQL,
    /// SQL Server): a deadlock or a serialization failure the database ended by failing this one, or
    /// a key the other one took first. The transaction is rolled back whole; trying again succeeds
    /// or finds the other's change. SQLite's writers take turns (ADR 0024) and never meet this way.
    /// </summary>
    public static bool IsWriteCollision(this Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            switch (exception)
            {
                // PostgreSQL: SQLSTATE class 40 (deadlock, serialization failure), 23505 (unique violation).
                case DbException { SqlState: { } state } when state.StartsWith("40", StringComparison.Ordinal) || state == "23505":
                // SQL Server's client gives no SQLSTATE: deadlock victim, snapshot update conflict, duplicate key in an index or a constraint.
                case SqlException { Number: 1205 or 3960 or 2601 or 2627 }:
                    return true;
            }
        }

        return false;
    }
}
