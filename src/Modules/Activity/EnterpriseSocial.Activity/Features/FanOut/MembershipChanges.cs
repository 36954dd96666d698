using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Feeds;
using EnterpriseSocial.Infrastructure.Outbox;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.FanOut;

/// <summary>
/// Joining a space brings its recent posts into your home stream; leaving it, or being removed, takes
/// them out. As with follows, each change is applied only while it still holds (ADR 0006: events are
/// not delivered in the order they were raised), and a membership ended while its backfill runs is
/// checked again once the copies are committed, and by the event's redelivery if that check failed.
/// </summary>
internal sealed class BackfillOnMemberJoined(ActivityDbContext context, TimeProvider clock, HomeTimeline timeline)
    : IdempotentConsumer<MemberJoined, ActivityDbContext>(context, clock)
{
    /// <summary>Known only by the delivery that handled the event; a redelivery checks again.</summary>
    private bool nothingCopied;

    protected override bool RepeatsAfterCommitOnRedelivery => true;

    protected override async Task HandleOnceAsync(MemberJoined joined, CancellationToken cancellationToken)
    {
        if (!(await timeline.MemberSpacesAsync(joined.PersonId, cancellationToken)).Contains(joined.SpaceId)
            || (await timeline.LargeAudiencesAsync(cancellationToken)).Spaces.Contains(joined.SpaceId)
            || (await timeline.ActiveAmongAsync([joined.PersonId], cancellationToken)).Count == 0)
        {
            nothingCopied = true;
            return;
        }

        var recent = await Context.Posts.AsNoTracking().Where(p => p.SpaceId == joined.SpaceId && p.DeletedAt == null)
            .OrderByDescending(p => p.Sequence).Take(BackfillOnPersonFollowed.Backfill).Select(p => new { p.Sequence, p.AuthorId })
            .ToListAsync(cancellationToken);
        var owner = new Dictionary<Guid, TimelineReason> { [joined.PersonId] = TimelineReason.SpaceMember };
        foreach (var post in recent)
        {
            await timeline.AddAsync(post.Sequence, post.AuthorId, owner, cancellationToken);
        }

        nothingCopied = recent.Count == 0;
    }

    protected override async Task AfterCommitAsync(MemberJoined joined, CancellationToken cancellationToken)
    {
        if (!nothingCopied)
        {
            await SpaceTimeline.RemoveUnlessMemberAsync(Context, timeline, joined.PersonId, joined.SpaceId, cancellationToken);
            await timeline.TrimAsync(joined.PersonId, cancellationToken);
        }
    }
}

internal sealed class RemoveOnMemberLeft(ActivityDbContext context, TimeProvider clock, HomeTimeline timeline)
    : IdempotentConsumer<MemberLeft, ActivityDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(MemberLeft left, CancellationToken cancellationToken) =>
        SpaceTimeline.RemoveUnlessMemberAsync(Context, timeline, left.PersonId, left.SpaceId, cancellationToken);
}

internal sealed class RemoveOnMemberRemoved(ActivityDbContext context, TimeProvider clock, HomeTimeline timeline)
    : IdempotentConsumer<MemberRemoved, ActivityDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(MemberRemoved removed, CancellationToken cancellationToken) =>
        SpaceTimeline.RemoveUnlessMemberAsync(Context, timeline, removed.PersonId, removed.SpaceId, cancellationToken);
}

internal static class SpaceTimeline
{
    /// <summary>
    /// Reads check access anyway; this only keeps a former member's timeline from filling with posts they
    /// cannot see. Someone who joined again since keeps them.
    /// </summary>
    public static async Task RemoveUnlessMemberAsync(ActivityDbContext db, HomeTimeline timeline, Guid personId, Guid spaceId, CancellationToken cancellationToken)
    {
        if ((await timeline.MemberSpacesAsync(personId, cancellationToken)).Contains(spaceId))
        {
            return;
        }

        var inSpace = db.Posts.Where(p => p.SpaceId == spaceId).Select(p => p.Sequence);
        await db.Timeline.Where(e => e.OwnerId == personId && e.Reason == TimelineReason.SpaceMember && inSpace.Contains(e.PostSequence))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
