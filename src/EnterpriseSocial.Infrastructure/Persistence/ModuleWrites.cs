using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// How many writes this node has made to each module's database. An answer read from a module's tables
/// while its count stayed the same still holds on this node (ADR 0035).
/// </summary>
public sealed class ModuleWrites
{
    private readonly ConcurrentDictionary<Type, StrongBox<long>> counts = new();

    public long Of<TContext>() where TContext : ModuleDbContext => Volatile.Read(ref Counter(typeof(TContext)).Value);

    internal void Wrote(Type context) => Interlocked.Increment(ref Counter(context).Value);

    private StrongBox<long> Counter(Type context) => counts.GetOrAdd(context, _ => new StrongBox<long>());
}

/// <summary>
/// Counts a module's writes once they are in the database: a save outside a transaction, a statement
/// that changes rows (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>), and a commit, which counts again
/// whatever was written inside the transaction and could not be seen by other connections before.
/// </summary>
internal sealed class ModuleWriteCounter<TContext>(ModuleWrites writes) : ISaveChangesInterceptor, IDbTransactionInterceptor, IDbCommandInterceptor
    where TContext : ModuleDbContext
{
    public int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Counted(result);

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Counted(0);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Counted(0);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) => Counted(result);

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Counted(result));

    private int Counted(int result)
    {
        writes.Wrote(typeof(TContext));
        return result;
    }
}
