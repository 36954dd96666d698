using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>Records that a consumer has handled an event, so a redelivery changes nothing.</summary>
public sealed class ProcessedEvent(Guid eventId, string consumer, DateTimeOffset processedAt)
{
    public Guid EventId { get; private set; } = eventId;

    public string Consumer { get; private set; } = consumer;

    public DateTimeOffset ProcessedAt { get; private set; } = processedAt;

    internal static void Configure(EntityTypeBuilder<ProcessedEvent> entity)
    {
        entity.ToTable("ProcessedEvents");
        entity.HasKey(p => new { p.EventId, p.Consumer });
        entity.Property(p => p.Consumer).HasMaxLength(300);
    }
}
