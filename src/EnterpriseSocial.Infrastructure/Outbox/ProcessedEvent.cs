using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>Records that a handler has handled an event, so a redelivery changes nothing.</summary>
public sealed class ProcessedEvent(Guid eventId, string handler, DateTimeOffset processedAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Handler { get; private set; } = handler;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;

    internal static void Configure(EntityTypeBuilder<ProcessedEvent> entity)
    {
        entity.ToTable("ProcessedEvents");
        entity.HasKey(p => new { p.EventId, p.Handler });
        entity.Property(p => p.Handler).HasMaxLength(300);
    }
}
