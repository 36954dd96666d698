namespace EnterpriseSocial.Notifications.Domain;

internal enum MuteKind
{
    Conversation,
    Space,

    /// <summary>A direct conversation, by the other person's id, as the conversation is addressed everywhere.</summary>
    Messages,
}

/// <summary>A conversation, a space or a direct conversation a person no longer wants to be notified about.</summary>
internal sealed class Mute
{
    public Guid PersonId { get; set; }

    public MuteKind Kind { get; set; }

    public Guid TargetId { get; set; }
}

/// <summary>One day's notifications of one type: delivered in the app, and sent by e-mail.</summary>
internal sealed class DeliveryCount
{
    public DateOnly Day { get; set; }

    public string Type { get; set; } = string.Empty;

    public int InApp { get; set; }

    public int Emailed { get; set; }
}
