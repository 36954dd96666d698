using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Mutes;

/// <summary>
/// What each reader muted, which every stream page skips, kept by this node (ADR 0035): read again after
/// anyone mutes or unmutes on this node, and after <c>Activity:Feeds:FollowedSourcesCacheDuration</c>,
/// as what they follow is, for changes made on other nodes.
/// </summary>
internal sealed class MutesOnNode(IOptions<FeedSettings> settings, TimeProvider clock)
{
    public NodeAnswers<IReadOnlyList<Mute>> Answers { get; } = new(() => 0, settings.Value.FollowedSourcesCacheDuration, clock);
}
