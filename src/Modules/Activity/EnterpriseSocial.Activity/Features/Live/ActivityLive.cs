using System.Security.Claims;
using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Live;

/// <summary>
/// The live hints of activity streams: <c>feed.posted</c> when a stream someone watches has a new
/// post, <c>post.counts</c> when the reactions or comments of a post they see change.
/// </summary>
internal static class ActivityLive
{
    public const string FeedPosted = "feed.posted";
    public const string PostCounts = "post.counts";

    /// <summary>Asks clients to watch their keys again: access to something they watch has narrowed.</summary>
    public const string Rewatch = "live.rewatch";

    public const string Company = "activity:company";

    public static string Author(Guid id) => $"activity:author:{id:N}";

    public static string Topic(string topic) => $"activity:topic:{topic}";

    public static string Post(Guid id) => $"activity:post:{id:N}";

    /// <summary>Watchers of a space's stream, in the space's current generation (<see cref="SpaceLiveEpoch"/>).</summary>
    public static string Space(Guid id, int epoch) => $"activity:space:{id:N}:{epoch}";

    /// <summary>Watchers of any of a space's posts: counts of a space post go to them, who each may read the space.</summary>
    public static string SpacePosts(Guid id, int epoch) => $"activity:space-posts:{id:N}:{epoch}";

    public static async Task<int> EpochAsync(ActivityDbContext db, Guid spaceId, CancellationToken cancellationToken) =>
        await db.SpaceLiveEpochs.AsNoTracking().Where(e => e.SpaceId == spaceId).Select(e => e.Epoch).SingleOrDefaultAsync(cancellationToken);

    /// <summary>Tells watchers of a post its current counts, once they are committed.</summary>
    public static async Task SendCountsAsync(ActivityDbContext db, ILiveUpdates live, Guid postId, CancellationToken cancellationToken)
    {
        var counts = await db.Posts.AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new { p.CommentCount, p.Reactions, p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
        if (counts is null)
        {
            return;
        }

        var group = counts.SpaceId is { } space ? SpacePosts(space, await EpochAsync(db, space, cancellationToken)) : Post(postId);
        await live.ToWatchersAsync(group, PostCounts, new PostCountsView(postId, counts.CommentCount, counts.Reactions.ToDictionary()), cancellationToken);
    }
}

/// <summary>
/// What may be watched: <c>activity:home</c>, <c>activity:company</c>, <c>activity:people:{id}</c>,
/// <c>activity:topics:{tag}</c>, <c>activity:spaces:{id}</c>, <c>activity:post:{id}</c> and
/// <c>activity:messages</c>, each only by people who may read it.
/// </summary>
internal sealed class ActivityLiveSubscriptions(
    IAuthorizationService authorization, PostAccess access, HomeTimeline timeline, ISpaceAccess spaces, ActivityDbContext db)
    : ILiveSubscriptions
{
    public string Prefix => "activity";

    public async Task<IReadOnlyList<string>?> GroupsAsync(ClaimsPrincipal user, string key, CancellationToken cancellationToken)
    {
        if (user.PersonId() is not { } me || !(await authorization.AuthorizeAsync(user, Capabilities.TakePartInSpaces)).Succeeded)
        {
            return null;
        }

        // External guests watch their home, their spaces and posts in them; nothing company-wide.
        var inCompany = (await authorization.AuthorizeAsync(user, Capabilities.UseCompanyDirectory)).Succeeded;

        var (kind, argument) = key.IndexOf(':', StringComparison.Ordinal) is var i and > 0 ? (key[..i], key[(i + 1)..]) : (key, string.Empty);
        switch (kind)
        {
            case "company" when argument.Length == 0 && inCompany:
                return [ActivityLive.Company];
            // Direct messages go to their two people's connections; the key lets a page listen for them.
            case "messages" when argument.Length == 0 && inCompany:
                return [];
            case "home" when argument.Length == 0:
                // Fanned-out posts reach the person directly; large audiences are watched as groups.
                var large = await timeline.LargeAudiencesAsync(cancellationToken);
                var followed = await timeline.FollowedAsync(me, cancellationToken);
                var largeSpaces = large.Spaces.Count == 0 ? [] : (await timeline.MemberSpacesAsync(me, cancellationToken)).Where(large.Spaces.Contains).ToList();
                var spaceGroups = new List<string>();
                foreach (var largeSpace in largeSpaces)
                {
                    spaceGroups.Add(ActivityLive.Space(largeSpace, await ActivityLive.EpochAsync(db, largeSpace, cancellationToken)));
                }

                return [.. followed.People.Where(large.People.Contains).Select(ActivityLive.Author),
                    .. followed.Topics.Where(large.Topics.Contains).Select(ActivityLive.Topic), .. spaceGroups];
            case "people" when inCompany && Guid.TryParse(argument, out var person):
                return [ActivityLive.Author(person)];
            case "topics" when inCompany && TopicName.Normalize(argument) is { } topic:
                return [ActivityLive.Topic(topic)];
            case "spaces" when Guid.TryParse(argument, out var space):
                return (await spaces.ReadableAsync(me, [space], cancellationToken)).Count > 0
                    ? [ActivityLive.Space(space, await ActivityLive.EpochAsync(db, space, cancellationToken))]
                    : null;
            case "post" when Guid.TryParse(argument, out var post):
                var visible = await (await access.VisibleAsync(me, cancellationToken)).Where(p => p.Id == post)
                    .Select(p => new { p.SpaceId }).SingleOrDefaultAsync(cancellationToken);
                return visible switch
                {
                    null => null,
                    { SpaceId: { } postSpace } => [ActivityLive.SpacePosts(postSpace, await ActivityLive.EpochAsync(db, postSpace, cancellationToken))],
                    _ => [ActivityLive.Post(post)],
                };
            default:
                return null;
        }
    }
}
