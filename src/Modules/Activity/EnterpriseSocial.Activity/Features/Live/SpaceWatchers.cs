using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.SharedKernel;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Live;

/// <summary>
/// When someone may no longer read a space (it turned private or secret, a member left or was
/// removed), its live groups move to a new generation: hints go there from now on, and the old
/// groups' watchers are asked to watch again, which the hub grants only to people who may read it.
/// </summary>
internal abstract class RenewSpaceWatchers<TEvent>(ActivityDbContext context, TimeProvider clock, ILiveUpdates live)
    : IdempotentConsumer<TEvent, ActivityDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    private (Guid Space, int OldEpoch)? renewed;

    protected abstract Guid? NarrowedSpace(TEvent integrationEvent);

    protected sealed override async Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (NarrowedSpace(integrationEvent) is not { } space)
        {
            return;
        }

        var epoch = await Context.SpaceLiveEpochs.SingleOrDefaultAsync(e => e.SpaceId == space, cancellationToken);
        if (epoch is null)
        {
            epoch = new SpaceLiveEpoch { SpaceId = space };
            Context.SpaceLiveEpochs.Add(epoch);
        }

        renewed = (space, epoch.Epoch);
        epoch.Epoch++;
    }

    protected sealed override async Task AfterCommitAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (renewed is { } old)
        {
            await live.ToWatchersAsync(ActivityLive.Space(old.Space, old.OldEpoch), ActivityLive.Rewatch, new { }, cancellationToken);
            await live.ToWatchersAsync(ActivityLive.SpacePosts(old.Space, old.OldEpoch), ActivityLive.Rewatch, new { }, cancellationToken);
        }
    }
}

internal sealed class RenewOnSpaceVisibilityChanged(ActivityDbContext context, TimeProvider clock, ILiveUpdates live)
    : RenewSpaceWatchers<SpaceVisibilityChanged>(context, clock, live)
{
    protected override Guid? NarrowedSpace(SpaceVisibilityChanged changed) => changed.Visibility == SpaceVisibility.Public ? null : changed.SpaceId;
}

internal sealed class RenewOnMemberLeft(ActivityDbContext context, TimeProvider clock, ILiveUpdates live)
    : RenewSpaceWatchers<MemberLeft>(context, clock, live)
{
    protected override Guid? NarrowedSpace(MemberLeft left) => left.SpaceId;
}

internal sealed class RenewOnMemberRemoved(ActivityDbContext context, TimeProvider clock, ILiveUpdates live)
    : RenewSpaceWatchers<MemberRemoved>(context, clock, live)
{
    protected override Guid? NarrowedSpace(MemberRemoved removed) => removed.SpaceId;
}
