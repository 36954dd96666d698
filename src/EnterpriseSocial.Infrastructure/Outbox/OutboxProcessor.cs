using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Infrastructure.Outbox;

public sealed class OutboxOptions
{
    /// <summary>Off in a process that must only write, such as the <c>migrate</c> command.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// How many messages of a batch are delivered at once. Unset, it is 4 on server databases and 1
    /// on SQLite, whose single writer would only make concurrent handlers fail and retry.
    /// </summary>
    public int? Concurrency { get; set; }
}

/// <summary>
/// The one background processor that delivers every module's outbox to the in-process handlers.
/// A message is marked processed only after all its handlers succeeded; handlers are idempotent,
/// so a crash between the two only causes a redelivery that changes nothing. Nodes sharing a
/// PostgreSQL database take turns at each outbox (<see cref="OutboxTurn"/>).
/// </summary>
public sealed partial class OutboxProcessor(
    IServiceScopeFactory scopes,
    IntegrationEventTypes eventTypes,
    OutboxSignal signal,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // A wake-up looks at the outboxes just written; every outbox is looked at once per poll interval
        // all the same, for the messages of other nodes and the retries that fell due.
        IReadOnlySet<string>? written = null;
        var everyOutboxSeenAt = DateTimeOffset.MinValue;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var now = clock.GetUtcNow();
                if (written is null || now - everyOutboxSeenAt >= options.Value.PollInterval)
                {
                    (written, everyOutboxSeenAt) = (null, now);
                }

                var delivered = await DeliverPendingAsync(written, stoppingToken);
                written = delivered < options.Value.BatchSize ? await signal.WaitAsync(options.Value.PollInterval, stoppingToken) : null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
            {
                LogCycleFailed(logger, exception);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
    }

    /// <summary>Delivers one batch from the outboxes of the given modules' schemas, or of every module; returns the largest batch seen.</summary>
    private async Task<int> DeliverPendingAsync(IReadOnlySet<string>? schemas, CancellationToken cancellationToken)
    {
        var largest = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetServices<ModuleDatabase>().Where(d => schemas is null || schemas.Contains(d.Schema)))
        {
            largest = Math.Max(largest, await DeliverBatchAsync(database, cancellationToken));
        }

        return largest;
    }

    private async Task<int> DeliverBatchAsync(ModuleDatabase database, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.Resolve(database);
        await using var turn = await OutboxTurn.TakeAsync(context, database.Schema, cancellationToken);
        var now = clock.GetUtcNow();
        var batch = await context.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null)
            .OrderBy(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);

        var due = batch.Where(m => m.NextAttemptAt is null || m.NextAttemptAt <= now).ToList();
        var concurrency = options.Value.Concurrency ?? (context.Database.IsSqlite() ? 1 : 4);
        // Consumers are idempotent and delivery order was never promised (ADR 0006), so messages
        // of a batch may be delivered side by side, each with its own scope and DbContext.
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken },
            (message, token) => DeliverAsync(database, message, sideBySide: concurrency > 1, token));
        return batch.Count;
    }

    private async ValueTask DeliverAsync(ModuleDatabase database, OutboxMessage message, bool sideBySide, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.Resolve(database);
        // As the batch read it: only what delivery changes is written back.
        context.OutboxMessages.Attach(message);
        try
        {
            await DispatchAsync(message, sideBySide, cancellationToken);
            message.MarkProcessed(clock.GetUtcNow());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogHandlerFailed(logger, message.Type, message.Id, exception);
            message.MarkFailed(clock.GetUtcNow(), exception.Message);
        }

        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Hands the event to each of its consumers, in a scope, and so a DbContext, of its own: one
    /// consumer's failure cannot leave tracked changes behind for the next. Consumers live in
    /// different modules and never depend on each other (ADR 0006), so where the database takes
    /// concurrent writers they run side by side, and none waits for another's work: an
    /// announcement's notifications do not wait for its fan-out.
    /// </summary>
    private async Task DispatchAsync(OutboxMessage message, bool sideBySide, CancellationToken cancellationToken)
    {
        if (!eventTypes.TryGet(message.Type, out var eventType))
        {
            return;
        }

        var integrationEvent = (IntegrationEvent)JsonSerializer.Deserialize(message.Payload, eventType, OutboxMessage.Json)!;
        var handle = typeof(IIntegrationEventConsumer<>).MakeGenericType(eventType)
            .GetMethod(nameof(IIntegrationEventConsumer<IntegrationEvent>.HandleAsync))!;
        var consumers = eventTypes.ConsumersOf(eventType);

        async Task HandleAsync(Type consumerType)
        {
            await using var scope = scopes.CreateAsyncScope();
            await (Task)handle.Invoke(scope.ServiceProvider.GetRequiredService(consumerType), [integrationEvent, cancellationToken])!;
        }

        if (sideBySide)
        {
            await Task.WhenAll(consumers.Select(HandleAsync));
            return;
        }

        foreach (var consumer in consumers)
        {
            await HandleAsync(consumer);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox cycle failed")]
    private static partial void LogCycleFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Handling {EventType} {EventId} failed; it will be retried")]
    private static partial void LogHandlerFailed(ILogger logger, string eventType, Guid eventId, Exception exception);
}
