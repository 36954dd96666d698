using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;

namespace EnterpriseSocial.Notifications.Sources;

internal sealed class OnPersonFollowed(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<PersonFollowed>(db, clock, writer, hints)
{
    /// <summary>One entry gathers a person's new followers: "Alice and 4 others started following you".</summary>
    public static NotificationDraft Draft(Guid followeeId, Guid followerId) => new(followeeId, NotificationTypes.Follower, "follower", followerId);

    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(PersonFollowed followed, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>([Draft(followed.FolloweeId, followed.FollowerId)]);
}

/// <summary>Being added to a space by someone else; joining by oneself tells nobody.</summary>
internal sealed class OnMemberJoined(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<MemberJoined>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(MemberJoined joined, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>(joined.InvitedBy is { } inviter
            ? [new(joined.PersonId, NotificationTypes.SpaceInvitation, $"space-invitation:{joined.SpaceId}", inviter, SpaceId: joined.SpaceId)]
            : []);
}

internal sealed class OnJoinRequested(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints, ISpaceRoster spaces)
    : NotifyingConsumer<JoinRequested>(db, clock, writer, hints)
{
    protected override async Task<IReadOnlyList<NotificationDraft>> DraftsAsync(JoinRequested requested, CancellationToken cancellationToken) =>
        (await spaces.ManagersAsync(requested.SpaceId, cancellationToken))
            .Select(manager => new NotificationDraft(manager, NotificationTypes.JoinRequest, $"join-request:{requested.SpaceId}", requested.PersonId, SpaceId: requested.SpaceId))
            .ToList();
}

internal sealed class OnJoinRequestDecided(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<JoinRequestDecided>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(JoinRequestDecided decided, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>(
        [
            new(decided.PersonId, NotificationTypes.JoinDecided, $"join-decided:{decided.SpaceId}", decided.DecidedBy,
                SpaceId: decided.SpaceId, Detail: decided.Approved ? "approved" : "declined"),
        ]);
}
