using Microsoft.EntityFrameworkCore;
using System.Text.Json;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>An integration event waiting in its module's outbox, written with the change that raised it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage(Guid id, string type, string payload, DateTimeOffset occurredAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }

    public string Type { get; private set; }

    public string Payload { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage(
            integrationEvent.EventId,
            type.FullName!,
            JsonSerializer.Serialize(integrationEvent, type, Json),
            integrationEvent.OccurredAt);
    }

    internal void MarkProcessed(DateTimeOffset now) => ProcessedAt = now;

    internal void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        // Back off exponentially, capped at ten minutes, so a broken handler does not spin.
        NextAttemptAt = now.AddSeconds(Math.Min(600, Math.Pow(2, Attempts)));
    }

    internal static void Configure(EntityTypeBuilder<OutboxMessage> entity)
    {
        entity.ToTable("OutboxMessages");
        entity.HasKey(m => m.Id);
        entity.Property(m => m.Type).HasMaxLength(300);
        entity.Property(m => m.LastError).HasMaxLength(2000);
        entity.HasIndex(m => new { m.ProcessedAt, m.Id });
    }
}
