using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Infrastructure.Outbox;

public interface IIntegrationEventConsumer<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// A handler whose effects and its "handled" record commit in one transaction of its own
/// module's database: an event delivered twice is handled once.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext context, TimeProvider clock)
    : IIntegrationEventConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Context => context;

    protected TimeProvider Clock => clock;

    public async Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (!Concerns(integrationEvent))
        {
            return;
        }

        await PrepareAsync(integrationEvent, cancellationToken);
        if (await HandledNowAsync(integrationEvent, cancellationToken) || RepeatsAfterCommitOnRedelivery)
        {
            await AfterCommitAsync(integrationEvent, cancellationToken);
        }
    }

    /// <summary>
    /// Whether a redelivery that finds the event already handled runs <see cref="AfterCommitAsync"/> again.
    /// A failure after the commit fails the delivery, which the outbox retries; for work that repeats safely
    /// and must not be lost, that retry is what runs it again.
    /// </summary>
    protected virtual bool RepeatsAfterCommitOnRedelivery => false;

    /// <summary>
    /// Whether the event may call for any effect of this consumer. One that cannot is passed over
    /// without a transaction or a "handled" record, which would cost a busy database three round trips
    /// for nothing: handling it again would change nothing either.
    /// </summary>
    protected virtual bool Concerns(TEvent integrationEvent) => true;

    /// <summary>
    /// Reads the handler needs, made before its transaction opens. On the embedded default a transaction
    /// holds the file's write turn (ADR 0024), and every other writer in the process waits as long as it
    /// lasts; what is read here is what a transaction reading committed data would see on PostgreSQL.
    /// </summary>
    protected virtual Task PrepareAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Effects outside the database, such as live hints, once the changes are visible to readers.</summary>
    protected virtual Task AfterCommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Makes the handler's changes on <see cref="Context"/>; the base saves and commits them.</summary>
    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    /// <summary>Handles the event and records it as handled in one transaction, unless it already was; ended before any work after the commit.</summary>
    private async Task<bool> HandledNowAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        var consumer = GetType().FullName!;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (await context.ProcessedEvents.AnyAsync(p => p.EventId == integrationEvent.EventId && p.Consumer == consumer, cancellationToken))
        {
            return false;
        }

        await HandleOnceAsync(integrationEvent, cancellationToken);
        context.ProcessedEvents.Add(new ProcessedEvent(integrationEvent.EventId, consumer, clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
