namespace EnterpriseSocial.Spaces.Contracts;

/// <summary>
/// The one place every module asks who may read or write in a space. Checks are batched, and they
/// answer from the current memberships and visibility, so a change applies to the next question.
/// </summary>
public interface ISpaceAccess
{
    /// <summary>
    /// Every space whose content the person may read: the public ones and their own. Read on each
    /// call, so that a space made private is hidden from the next query on.
    /// </summary>
    Task<IReadOnlySet<Guid>> ReadableSpacesAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The names of these spaces, for showing where a post was written; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> spaceIds, CancellationToken cancellationToken);

    /// <summary>Of these spaces, the ones whose content the person may read.</summary>
    Task<IReadOnlySet<Guid>> ReadableAsync(Guid personId, IReadOnlyCollection<Guid> spaceIds, CancellationToken cancellationToken);

    /// <summary>Of these people, the ones who may read the space's content.</summary>
    Task<IReadOnlySet<Guid>> ReadersAsync(Guid spaceId, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken);

    /// <summary>Whether the person may post, comment, react or vote in the space (a member, not banned, the space not archived).</summary>
    Task<bool> CanContributeAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken);

    /// <summary>Whether the person moderates the space: its owners, community managers and moderators.</summary>
    Task<bool> CanModerateAsync(Guid personId, Guid spaceId, CancellationToken cancellationToken);
}
