using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Recognition.Contracts;
using EnterpriseSocial.Spaces.Contracts;

namespace EnterpriseSocial.Notifications.Sources;

/// <summary>Praise tells its receivers, and the managers copied in when they may read where it was given.</summary>
internal sealed class OnPraiseGiven(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints, ISpaceAccess spaces)
    : NotifyingConsumer<PraiseGiven>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(PraiseGiven praise, CancellationToken cancellationToken) =>
        DraftsAsync(praise, spaces, cancellationToken);

    public static async Task<IReadOnlyList<NotificationDraft>> DraftsAsync(PraiseGiven praise, ISpaceAccess spaces, CancellationToken cancellationToken)
    {
        var managers = praise.SpaceId is { } space && praise.CopiedManagerIds.Count > 0
            ? (await spaces.ReadersAsync(space, praise.CopiedManagerIds, cancellationToken)).ToList()
            : praise.CopiedManagerIds;
        var key = $"praise:{praise.PraiseId}";
        return
        [
            .. praise.ReceiverIds.Select(r => new NotificationDraft(r, NotificationTypes.Praise, key, praise.GiverId, SpaceId: praise.SpaceId)),
            .. managers.Select(m => new NotificationDraft(m, NotificationTypes.Praise, key, praise.GiverId, SpaceId: praise.SpaceId, Detail: "copy")),
        ];
    }
}

internal sealed class OnBadgeAwarded(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<BadgeAwarded>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(BadgeAwarded awarded, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>([Draft(awarded)]);

    public static NotificationDraft Draft(BadgeAwarded awarded) =>
        new(awarded.PersonId, NotificationTypes.Badge, $"badge:{awarded.BadgeId}", null, Detail: awarded.AchievementKey);
}
