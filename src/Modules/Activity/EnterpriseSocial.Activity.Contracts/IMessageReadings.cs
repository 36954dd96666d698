namespace EnterpriseSocial.Activity.Contracts;

/// <summary>How far people have read their direct messages, asked by modules that tell of them (notifications).</summary>
public interface IMessageReadings
{
    /// <summary>Whether the person has read the conversation up to this message or past it.</summary>
    Task<bool> HasReadAsync(Guid personId, Guid messageId, CancellationToken cancellationToken);
}
