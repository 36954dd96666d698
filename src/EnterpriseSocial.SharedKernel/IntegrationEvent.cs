namespace EnterpriseSocial.SharedKernel;

/// <summary>
/// A fact one module publishes for the others. It travels through the publishing module's
/// outbox, so it exists only if the change that raised it was committed.
/// </summary>
public abstract record IntegrationEvent
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public DateTimeOffset OccurredAt { get; init; } = DateTimeOffset.UtcNow;
}
