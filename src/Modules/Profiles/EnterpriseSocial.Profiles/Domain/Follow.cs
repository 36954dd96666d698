using EnterpriseSocial.SharedKernel;
namespace EnterpriseSocial.Profiles.Domain;

/// <summary>One person following another. The sequence orders the lists and pages them by keyset.</summary>
internal sealed class Follow
{
    public long Sequence { get; private set; }

    public Guid FollowerId { get; private set; }

    public Guid FolloweeId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Follow Create(Guid followerId, Guid followeeId, DateTimeOffset now) =>
        new() { FollowerId = followerId, FolloweeId = followeeId, CreatedAt = now };
}

/// <summary>One person following a topic (a hashtag shared across the company).</summary>
internal sealed class TopicFollow
{
    public const int TopicMaxLength = TopicName.MaxLength;

    public long Sequence { get; private set; }

    public Guid FollowerId { get; private set; }

    public string Topic { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public static TopicFollow Create(Guid followerId, string topic, DateTimeOffset now) =>
        new() { FollowerId = followerId, Topic = topic, CreatedAt = now };
}
