namespace EnterpriseSocial.Activity.Contracts;

/// <summary>
/// Which posts a person may see, asked by modules that point at posts (notifications): answered
/// from the same access rule as every stream, at the moment of asking.
/// </summary>
public interface IPostGlimpses
{
    /// <summary>Of these posts, the ones the person may see now, with a short plain-text excerpt.</summary>
    Task<IReadOnlyDictionary<Guid, PostGlimpse>> VisibleToAsync(Guid personId, IReadOnlyCollection<Guid> postIds, CancellationToken cancellationToken);

    /// <summary>Of these people, the ones who may see the post now (none when it is deleted or unknown).</summary>
    Task<IReadOnlySet<Guid>> ReadersAsync(Guid postId, IReadOnlyCollection<Guid> people, CancellationToken cancellationToken);
}

public sealed record PostGlimpse(Guid PostId, Guid AuthorId, Guid? SpaceId, string Excerpt);
