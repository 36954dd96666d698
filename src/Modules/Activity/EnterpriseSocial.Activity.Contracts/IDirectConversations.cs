namespace EnterpriseSocial.Activity.Contracts;

/// <summary>What modules that tell of direct messages (notifications) ask about people's conversations.</summary>
public interface IDirectConversations
{
    /// <summary>Whether the person has read the conversation up to this message or past it.</summary>
    Task<bool> HasReadAsync(Guid personId, Guid messageId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="others"/> the person has a conversation with.</summary>
    Task<IReadOnlySet<Guid>> CorrespondentsAmongAsync(Guid personId, IReadOnlyCollection<Guid> others, CancellationToken cancellationToken);
}
