using System.Reflection;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EnterpriseSocial.UnitTests.Infrastructure;

/// <summary>Which database failures are two writes meeting (a conflict to try again), on each provider whose writers run side by side.</summary>
public sealed class WriteCollisionsTests
{
    [Theory]
    [InlineData("40P01", true)] // deadlock detected
    [InlineData("40001", true)] // serialization failure
    [InlineData("23505", true)] // unique violation
    [InlineData("23503", false)] // foreign key violation: a bug or a missing row, not a collision
    [InlineData("57014", false)] // statement cancelled
    public void PostgreSql_failures_are_told_by_their_state(string state, bool collision)
    {
        var failure = new PostgresException("failed", "ERROR", "ERROR", state);

        Assert.Equal(collision, failure.IsWriteCollision());
        Assert.Equal(collision, new DbUpdateException("saving", failure).IsWriteCollision());
    }

    [Theory]
    [InlineData(1205, true)] // chosen as the deadlock victim
    [InlineData(3960, true)] // snapshot isolation update conflict
    [InlineData(2601, true)] // duplicate key in a unique index
    [InlineData(2627, true)] // duplicate key of a unique constraint
    [InlineData(547, false)] // constraint conflict (a foreign key)
    [InlineData(1222, false)] // lock request time out
    public void Sql_server_failures_are_told_by_their_number(int number, bool collision)
    {
        var failure = SqlServerFailure(number);

        Assert.Null(failure.SqlState);
        Assert.Equal(collision, failure.IsWriteCollision());
        Assert.Equal(collision, new DbUpdateException("saving", failure).IsWriteCollision());
    }

    [Fact]
    public void Nothing_else_is_a_collision()
    {
        Assert.False(new InvalidOperationException("failed").IsWriteCollision());
        Assert.False(((Exception?)null).IsWriteCollision());
    }

    /// <summary>The client builds its exceptions from the server's errors only internally; a test makes one the same way.</summary>
    private static SqlException SqlServerFailure(int number)
    {
        const BindingFlags hidden = BindingFlags.NonPublic | BindingFlags.Instance;
        var error = (SqlError)Activator.CreateInstance(typeof(SqlError), hidden, null, [number, (byte)0, (byte)13, "server", "failed", "", 0, null], null)!;
        var errors = (SqlErrorCollection)Activator.CreateInstance(typeof(SqlErrorCollection), nonPublic: true)!;
        typeof(SqlErrorCollection).GetMethod("Add", hidden)!.Invoke(errors, [error]);
        var create = typeof(SqlException).GetMethod("CreateException", BindingFlags.NonPublic | BindingFlags.Static, [typeof(SqlErrorCollection), typeof(string)])!;
        return (SqlException)create.Invoke(null, [errors, "17.0"])!;
    }
}
