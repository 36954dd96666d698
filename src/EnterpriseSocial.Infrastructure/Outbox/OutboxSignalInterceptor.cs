using System.Collections.Concurrent;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>Wakes the outbox processor as soon as a save has written integration events.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, object> pending = [];

    private void Remember(DbContext? context)
    {
        if (context is not null &&
            context.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added))
        {
            pending.AddOrUpdate(context, context);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is ModuleDbContext module && pending.Remove(context))
        {
            signal.Raise(module.Schema);
        }
    }
}

/// <summary>
/// A level-triggered wake-up for the outbox processor that remembers which modules' outboxes were
/// written, so that a wake-up looks at those only.
/// </summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim semaphore = new(0, 1);
    private readonly ConcurrentDictionary<string, byte> written = new();

    public void Raise(string schema)
    {
        // Remembered before the release, so that the wake-up it causes sees it.
        written.TryAdd(schema, 0);
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: the coming wake-up takes this module with the others.
        }
    }

    /// <summary>The schemas of the modules written since the last wake-up, or null when none was written before the timeout.</summary>
    public async Task<IReadOnlySet<string>?> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!await semaphore.WaitAsync(timeout, cancellationToken))
        {
            return null;
        }

        var schemas = new HashSet<string>();
        foreach (var schema in written.Keys)
        {
            if (written.TryRemove(schema, out _))
            {
                schemas.Add(schema);
            }
        }

        return schemas;
    }

    public void Dispose() => semaphore.Dispose();
}
