using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.IntegrationTests.Support;

/// <summary>Passes every question to the real follow graph; a test overrides the one it watches or delays.</summary>
internal abstract class FollowGraphDecorator(IFollowGraph graph) : IFollowGraph
{
    public virtual Task<bool> FollowsAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        graph.FollowsAsync(followerId, followeeId, cancellationToken);

    public virtual Task<bool> FollowsTopicAsync(Guid followerId, string topic, CancellationToken cancellationToken) =>
        graph.FollowsTopicAsync(followerId, topic, cancellationToken);

    public virtual Task<CursorPage<Guid>> FollowersAsync(Guid personId, string? cursor, int limit, CancellationToken cancellationToken) =>
        graph.FollowersAsync(personId, cursor, limit, cancellationToken);

    public virtual Task<int> FollowerCountAsync(Guid personId, CancellationToken cancellationToken) => graph.FollowerCountAsync(personId, cancellationToken);

    public virtual Task<CursorPage<Guid>> TopicFollowersAsync(string topic, string? cursor, int limit, CancellationToken cancellationToken) =>
        graph.TopicFollowersAsync(topic, cursor, limit, cancellationToken);

    public virtual Task<int> TopicFollowerCountAsync(string topic, CancellationToken cancellationToken) => graph.TopicFollowerCountAsync(topic, cancellationToken);

    public virtual Task<FollowedSources> FollowedByAsync(Guid personId, CancellationToken cancellationToken) => graph.FollowedByAsync(personId, cancellationToken);
}
