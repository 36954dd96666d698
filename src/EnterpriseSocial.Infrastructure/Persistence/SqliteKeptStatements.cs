using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// A module context's SQLite connection, which keeps the statements it has run prepared (ADR 0037).
/// SQLite parses and plans a statement when it is prepared, and Microsoft.Data.Sqlite prepares the
/// statements of a command on its first execution and finalizes them when the command is disposed or
/// its connection closed; EF Core creates a command for every execution and closes the connection
/// after every statement outside a transaction, so each statement was parsed and planned again. This
/// connection stays open underneath from its first opening until it is disposed, with the pooled
/// context that owns it; closing it ends its transaction and makes it look closed, so EF Core and
/// the interceptors see every opening and closing as before.
/// </summary>
internal sealed class SqliteConnectionKeepingStatements(string connectionString) : SqliteConnection(connectionString)
{
    /// <summary>Statements a connection keeps; more means statements built from varying text, and the idle ones are dropped.</summary>
    private const int MostKept = 200;

    private static readonly StateChangeEventArgs Opened = new(ConnectionState.Closed, ConnectionState.Open);
    private static readonly StateChangeEventArgs Closed = new(ConnectionState.Open, ConnectionState.Closed);

    private readonly Dictionary<string, KeptCommand> kept = new(StringComparer.Ordinal);
    private bool closedOnTheSurface;
    private bool closingForGood;

    public override ConnectionState State => closedOnTheSurface ? ConnectionState.Closed : base.State;

    public override void Open()
    {
        if (!closedOnTheSurface)
        {
            base.Open();
            return;
        }

        closedOnTheSurface = false;
        OnStateChange(Opened);
    }

    public override void Close()
    {
        if (closingForGood)
        {
            base.Close();
            return;
        }

        if (State != ConnectionState.Open)
        {
            return;
        }

        // As a real close would: a transaction left open is rolled back.
        Transaction?.Dispose();
        closedOnTheSurface = true;
        OnStateChange(Closed);
    }

    /// <summary>
    /// The command kept for <paramref name="created"/>'s text, with its parameters and transaction; or
    /// <paramref name="created"/> itself while the kept one is running (a query read inside another's loop).
    /// </summary>
    public DbCommand Prepared(SqliteCommand created)
    {
        if (!kept.TryGetValue(created.CommandText, out var command))
        {
            if (kept.Count == MostKept)
            {
                // A command running in an enclosing loop stays, with its reader.
                Forget(kept.Where(k => !k.Value.InUse).ToList());
            }

            command = new KeptCommand(this, created.CommandText);
            kept.Add(created.CommandText, command);
        }

        if (command.InUse)
        {
            return created;
        }

        command.InUse = true;
        command.Transaction = created.Transaction;
        command.CommandTimeout = created.CommandTimeout;
        foreach (SqliteParameter parameter in created.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        created.Parameters.Clear();
        created.Dispose();
        return command;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Forget(kept.ToList());
            closedOnTheSurface = false;
            closingForGood = true;
        }

        base.Dispose(disposing);
    }

    private void Forget(List<KeyValuePair<string, KeptCommand>> commands)
    {
        foreach (var (text, command) in commands)
        {
            command.Forget();
            kept.Remove(text);
        }
    }

    /// <summary>A command whose disposal by EF Core only makes it ready for its next execution.</summary>
    private sealed class KeptCommand : SqliteCommand
    {
        private bool forgotten;

        public KeptCommand(SqliteConnection connection, string text)
            : base(text, connection)
        {
        }

        public bool InUse { get; set; }

        public void Forget()
        {
            forgotten = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (forgotten || !disposing)
            {
                base.Dispose(disposing);
                return;
            }

            DataReader?.Dispose();
            Parameters.Clear();
            Transaction = null;
            InUse = false;
        }
    }
}

/// <summary>Hands EF Core the command its connection keeps prepared for the statement it is about to run (ADR 0037).</summary>
internal sealed class SqliteKeptStatements : DbCommandInterceptor
{
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand created && created.Connection is SqliteConnectionKeepingStatements connection ? connection.Prepared(created) : result;
}
