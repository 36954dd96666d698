using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Lets the writers of one SQLite file take turns in this process, first come first served, and
/// wait for their turn without holding a thread. SQLite admits one writer at a time and makes the
/// others poll with growing sleeps, up to 100 ms each, while blocking their threads: under steady
/// writes an unlucky request waited hundreds of milliseconds for a lock that is held for a few.
/// A turn covers a transaction (every save takes one on SQLite) or a single statement that writes
/// outside one. SQLite's own lock and busy timeout stay, for other processes and as the last word.
/// </summary>
internal sealed class SqliteWriteTurns : IDbTransactionInterceptor, IDbConnectionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    // A turn that was never given back must not stop writes for good: after this, SQLite decides alone.
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> holders = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AlwaysInTransaction(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AlwaysInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Take(connection, eventData.ConnectionId);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await TakeAsync(connection, eventData.ConnectionId, cancellationToken);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => GiveBack(eventData.ConnectionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBack(eventData.ConnectionId, Task.CompletedTask);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => GiveBack(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBack(eventData.ConnectionId, Task.CompletedTask);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => GiveBack(eventData.ConnectionId);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        GiveBack(eventData.ConnectionId, Task.CompletedTask);

    // A transaction disposed without commit or rollback ends with its connection: EF closes the
    // connection it opened for the transaction, or disposes it with the context.
    public InterceptionResult ConnectionClosing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        GiveBack(eventData.ConnectionId, result);

    public ValueTask<InterceptionResult> ConnectionClosingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(GiveBack(eventData.ConnectionId, result));

    public InterceptionResult ConnectionDisposing(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        GiveBack(eventData.ConnectionId, result);

    public ValueTask<InterceptionResult> ConnectionDisposingAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        ValueTask.FromResult(GiveBack(eventData.ConnectionId, result));

    // ExecuteUpdate, ExecuteDelete and raw SQL outside a transaction write in one statement.
    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (command.Transaction is null)
        {
            Take(command.Connection, eventData.ConnectionId);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (command.Transaction is null)
        {
            await TakeAsync(command.Connection, eventData.ConnectionId, cancellationToken);
        }

        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        EndStatement(command, eventData.ConnectionId, result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(EndStatement(command, eventData.ConnectionId, result));

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndStatement(command, eventData.ConnectionId);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        EndStatement(command, eventData.ConnectionId, Task.CompletedTask);

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndStatement(command, eventData.ConnectionId);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
        EndStatement(command, eventData.ConnectionId, Task.CompletedTask);

    /// <summary>A save of a single statement would skip the transaction, and so its turn.</summary>
    private static void AlwaysInTransaction(DbContext? context)
    {
        if (context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private void Take(DbConnection? connection, Guid connectionId)
    {
        if (TurnsOf(connection) is { } turns && turns.Wait(LongestWait))
        {
            holders[connectionId] = turns;
        }
    }

    private async Task TakeAsync(DbConnection? connection, Guid connectionId, CancellationToken cancellationToken)
    {
        if (TurnsOf(connection) is { } turns && await turns.WaitAsync(LongestWait, cancellationToken))
        {
            holders[connectionId] = turns;
        }
    }

    private void EndStatement(DbCommand command, Guid connectionId)
    {
        if (command.Transaction is null)
        {
            GiveBack(connectionId);
        }
    }

    private T EndStatement<T>(DbCommand command, Guid connectionId, T result)
    {
        EndStatement(command, connectionId);
        return result;
    }

    private T GiveBack<T>(Guid connectionId, T result)
    {
        GiveBack(connectionId);
        return result;
    }

    private void GiveBack(Guid connectionId)
    {
        if (holders.TryRemove(connectionId, out var turns))
        {
            turns.Release();
        }
    }

    /// <summary>The turns of the connection's file; none for a database in memory, which has no other writer.</summary>
    private SemaphoreSlim? TurnsOf(DbConnection? connection) =>
        string.IsNullOrEmpty(connection?.DataSource) ? null : files.GetOrAdd(connection.DataSource, _ => new SemaphoreSlim(1, 1));
}
