namespace EnterpriseSocial.Identity.Domain;

/// <summary>One administrative action on accounts: who did what to whom, and when. Never edited.</summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    /// <summary>Increasing with time: the audit log pages by it.</summary>
    public long Id { get; private set; }

    public Guid? ActorId { get; private set; }

    public string Action { get; private set; } = string.Empty;

    public Guid? TargetId { get; private set; }

    public string Details { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }

    public static AuditEntry Record(Guid? actorId, string action, Guid? targetId, string details, DateTimeOffset now) => new()
    {
        ActorId = actorId,
        Action = action,
        TargetId = targetId,
        Details = details,
        OccurredAt = now,
    };
}
