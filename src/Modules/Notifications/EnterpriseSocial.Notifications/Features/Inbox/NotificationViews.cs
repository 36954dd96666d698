using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;

namespace EnterpriseSocial.Notifications.Features.Inbox;

internal sealed record ActorView(Guid Id, string DisplayName, int AvatarVersion);

internal sealed record PostRefView(Guid Id, string Excerpt);

internal sealed record SpaceRefView(Guid Id, string Name);

/// <summary>An entry as the app shows it; its sequence is its latest change's, read marks included.</summary>
internal sealed record NotificationView(
    Guid Id,
    long Sequence,
    string Type,
    IReadOnlyList<ActorView> Actors,
    int ActorCount,
    PostRefView? Post,
    Guid? CommentId,
    SpaceRefView? Space,
    string? Detail,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    bool Read);

/// <summary>
/// Notifications as their recipient may see them now: an entry about a post they can no longer
/// see, or about a space they can no longer read, is left out as if it never existed.
/// </summary>
internal sealed class NotificationViews(IPostGlimpses posts, ISpaceAccess spaces, IProfileDirectory directory)
{
    public const int ShownActors = 3;

    /// <summary>Only the join decision names a space the person may not read: they asked to join it.</summary>
    private static readonly HashSet<string> NeedReadableSpace = [NotificationTypes.SpaceInvitation, NotificationTypes.JoinRequest, NotificationTypes.Praise];

    public async Task<List<Notification>> VisibleAsync(Guid viewer, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken) =>
        (await VisibleWithPostsAsync(viewer, notifications, cancellationToken)).Visible;

    public async Task<List<NotificationView>> ViewAsync(Guid viewer, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var (visible, glimpses) = await VisibleWithPostsAsync(viewer, notifications, cancellationToken);
        return await ProjectAsync(visible, glimpses, cancellationToken);
    }

    /// <summary>
    /// Views of entries just written, for their recipients, many people at once: what a push
    /// carries. Each entry is checked for its own recipient by the same rules as
    /// <see cref="ViewAsync"/>, the readers of a post or a space asked in one call for all its
    /// recipients; an entry its recipient may not see has no view.
    /// </summary>
    public async Task<Dictionary<Guid, NotificationView>> ViewForRecipientsAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var glimpses = new Dictionary<Guid, PostGlimpse>();
        var readers = new HashSet<(Guid Post, Guid Person)>();
        foreach (var post in notifications.Where(n => n.PostId is not null).GroupBy(n => n.PostId!.Value))
        {
            var allowed = await posts.ReadersAsync(post.Key, post.Select(n => n.RecipientId).Distinct().ToList(), cancellationToken);
            readers.UnionWith(allowed.Select(person => (post.Key, person)));
            // A post's excerpt is the same for every reader, so it is asked as any one of them.
            if (allowed.Count > 0 && (await posts.VisibleToAsync(allowed.First(), [post.Key], cancellationToken)).TryGetValue(post.Key, out var glimpse))
            {
                glimpses[post.Key] = glimpse;
            }
        }

        var spaceReaders = new HashSet<(Guid Space, Guid Person)>();
        foreach (var space in notifications.Where(NeedsReadableSpace).GroupBy(n => n.SpaceId!.Value))
        {
            var allowed = await spaces.ReadersAsync(space.Key, space.Select(n => n.RecipientId).Distinct().ToList(), cancellationToken);
            spaceReaders.UnionWith(allowed.Select(person => (space.Key, person)));
        }

        var visible = notifications.Where(n => n.PostId is { } post
            ? readers.Contains((post, n.RecipientId)) && glimpses.ContainsKey(post)
            : !NeedsReadableSpace(n) || spaceReaders.Contains((n.SpaceId!.Value, n.RecipientId))).ToList();
        return (await ProjectAsync(visible, glimpses, cancellationToken)).ToDictionary(v => v.Id);
    }

    private static bool NeedsReadableSpace(Notification notification) =>
        notification.PostId is null && notification.SpaceId is not null && NeedReadableSpace.Contains(notification.Type);

    private async Task<List<NotificationView>> ProjectAsync(
        List<Notification> visible, IReadOnlyDictionary<Guid, PostGlimpse> glimpses, CancellationToken cancellationToken)
    {
        var actorIds = visible.SelectMany(n => n.ActorIds.Take(ShownActors)).Distinct().ToList();
        var actors = (await directory.GetSummariesAsync(actorIds, cancellationToken)).ToDictionary(p => p.Id);
        var spaceNames = await spaces.NamesAsync(visible.Where(n => n.SpaceId is not null).Select(n => n.SpaceId!.Value).Distinct().ToList(), cancellationToken);
        return visible.Select(n => new NotificationView(
            n.Id,
            n.ChangeSequence,
            n.Type,
            n.ActorIds.Take(ShownActors).Where(actors.ContainsKey).Select(a => new ActorView(a, actors[a].DisplayName, actors[a].AvatarVersion)).ToList(),
            n.ActorCount,
            n.PostId is { } post && glimpses.TryGetValue(post, out var glimpse) ? new PostRefView(post, glimpse.Excerpt) : null,
            n.CommentId,
            n.SpaceId is { } space && spaceNames.TryGetValue(space, out var name) ? new SpaceRefView(space, name) : null,
            n.Detail,
            ModerationReasons.Describe(n.Reason),
            n.CreatedAt,
            n.UpdatedAt,
            n.IsRead)).ToList();
    }

    private async Task<(List<Notification> Visible, IReadOnlyDictionary<Guid, PostGlimpse> Posts)> VisibleWithPostsAsync(
        Guid viewer, IReadOnlyList<Notification> notifications, CancellationToken cancellationToken)
    {
        var postIds = notifications.Where(n => n.PostId is not null).Select(n => n.PostId!.Value).ToList();
        var glimpses = await posts.VisibleToAsync(viewer, postIds, cancellationToken);
        var spaceIds = notifications.Where(NeedsReadableSpace).Select(n => n.SpaceId!.Value).ToList();
        var readable = await spaces.ReadableAsync(viewer, spaceIds, cancellationToken);
        var visible = notifications.Where(n => n.PostId is { } post ? glimpses.ContainsKey(post) : !NeedsReadableSpace(n) || readable.Contains(n.SpaceId!.Value)).ToList();
        return (visible, glimpses);
    }
}
