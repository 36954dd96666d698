using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Profiles.Contracts;

public sealed record PersonFollowed(Guid FollowerId, Guid FolloweeId) : IntegrationEvent;

public sealed record PersonUnfollowed(Guid FollowerId, Guid FolloweeId) : IntegrationEvent;

public sealed record TopicFollowed(Guid FollowerId, string Topic) : IntegrationEvent;

public sealed record TopicUnfollowed(Guid FollowerId, string Topic) : IntegrationEvent;

/// <summary>The follow graph, as the feeds and notifications read it.</summary>
public interface IFollowGraph
{
    Task<bool> FollowsAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken);

    Task<bool> FollowsTopicAsync(Guid followerId, string topic, CancellationToken cancellationToken);

    /// <summary>The people who follow someone, newest first, a page at a time.</summary>
    Task<CursorPage<Guid>> FollowersAsync(Guid personId, string? cursor, int limit, CancellationToken cancellationToken);

    Task<int> FollowerCountAsync(Guid personId, CancellationToken cancellationToken);

    /// <summary>The people who follow a topic (a normalized hashtag), newest first, a page at a time.</summary>
    Task<CursorPage<Guid>> TopicFollowersAsync(string topic, string? cursor, int limit, CancellationToken cancellationToken);

    Task<int> TopicFollowerCountAsync(string topic, CancellationToken cancellationToken);

    /// <summary>Everyone and every topic a person follows, up to <see cref="FollowedSources.Limit"/> of each.</summary>
    Task<FollowedSources> FollowedByAsync(Guid personId, CancellationToken cancellationToken);
}

/// <summary>What a person follows; a home stream is built from it.</summary>
public sealed record FollowedSources(IReadOnlyList<Guid> People, IReadOnlyList<string> Topics)
{
    public const int Limit = 5000;
}

/// <summary>What a profile shows about a person changed.</summary>
public sealed record ProfileUpdated(Guid ProfileId, string DisplayName, string JobTitle, string Department, string Site) : IntegrationEvent;

public sealed record ManagerChanged(Guid ProfileId, Guid? ManagerId) : IntegrationEvent;
