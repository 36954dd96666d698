using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Spaces.Contracts;

/// <summary>Who is in a space, for modules that address its people (notifications of announcements and join requests).</summary>
public interface ISpaceRoster
{
    /// <summary>The owners and community managers, who decide on requests to join.</summary>
    Task<IReadOnlyList<Guid>> ManagersAsync(Guid spaceId, CancellationToken cancellationToken);

    /// <summary>The spaces a person is a member of; their posts reach the person's home stream.</summary>
    Task<IReadOnlyList<Guid>> SpacesOfAsync(Guid personId, CancellationToken cancellationToken);

    Task<int> MemberCountAsync(Guid spaceId, CancellationToken cancellationToken);

    /// <summary>Every member, a page at a time in joining order.</summary>
    Task<CursorPage<Guid>> MembersAsync(Guid spaceId, string? cursor, int limit, CancellationToken cancellationToken);
}
