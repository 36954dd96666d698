using System.Security.Claims;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Moderation;

/// <summary>
/// Carries out moderation: hides, restores or deletes content, dismisses reports, warns authors.
/// Each action resolves the target's open reports, tells the author through an event, and leaves an
/// entry in the audit log, in one transaction.
/// </summary>
internal sealed class Moderator(ActivityDbContext db, ISpaceAccess spaces, IAuthorizationService authorization, TimeProvider clock)
{
    public const string Dismissed = "dismissed";
    public const string Hidden = "hidden";
    public const string AutoHidden = "auto-hidden";
    public const string Restored = "restored";
    public const string Deleted = "deleted";
    public const string Warned = "warned";

    public static readonly string[] Actions = [Dismissed, Hidden, Restored, Deleted, Warned];

    /// <summary>Space content is moderated by the space's owners, managers and moderators; the rest by platform moderators.</summary>
    public async Task<bool> MayModerateAsync(ClaimsPrincipal user, Guid me, Guid? spaceId, CancellationToken cancellationToken) =>
        spaceId is { } space
            ? await spaces.CanModerateAsync(me, space, cancellationToken)
            : (await authorization.AuthorizeAsync(user, Capabilities.ModeratePlatform)).Succeeded;

    public async Task ApplyAsync(ModerationTarget target, string action, string reason, Guid moderatorId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        switch (action)
        {
            case Hidden or AutoHidden:
                await ChangeAsync(target, hide: reason, delete: false, now, cancellationToken);
                break;
            case Restored:
                await ChangeAsync(target, hide: null, delete: false, now, cancellationToken);
                break;
            case Deleted:
                await ChangeAsync(target, hide: null, delete: true, now, cancellationToken);
                break;
        }

        // Hiding by the platform leaves the reports open: a moderator still reviews the content.
        if (action != AutoHidden)
        {
            var status = action == Dismissed ? ReportStatus.Dismissed : ReportStatus.Actioned;
            await db.Reports.Where(r => r.TargetId == target.Id && r.Status == ReportStatus.Open)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status), cancellationToken);
        }

        db.ModerationLog.Add(new ModerationEntry
        {
            SpaceId = target.SpaceId, ModeratorId = moderatorId, Action = action, TargetKind = target.Kind, TargetId = target.Id,
            AuthorId = target.AuthorId, Reason = reason, At = now,
        });
        db.Publish(new ContentModerated(ModerationTargets.Name(target.Kind), target.Id, target.SpaceId, target.AuthorId, action, reason, moderatorId));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Puts content a keyword rule matched in the moderation queue, as a report from nobody in particular.</summary>
    public async Task FlagAsync(ReportTarget kind, Guid id, string pattern, CancellationToken cancellationToken)
    {
        if (await ModerationTargets.FindAsync(db, kind, id, cancellationToken) is not { } target
            || await db.Reports.AnyAsync(r => r.TargetId == id && r.ReporterId == Guid.Empty, cancellationToken))
        {
            return;
        }

        var reason = ModerationReasons.KeywordRule(pattern);
        var report = new Report
        {
            Id = Guid.CreateVersion7(), TargetKind = kind, TargetId = id, SpaceId = target.SpaceId, ReporterId = Guid.Empty, Reason = reason,
            CreatedAt = clock.GetUtcNow(), Status = ReportStatus.Open,
        };
        db.Reports.Add(report);
        db.Publish(new ContentReported(report.Id, ModerationTargets.Name(kind), id, target.SpaceId, Guid.Empty, reason));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task ChangeAsync(ModerationTarget target, string? hide, bool delete, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (target.Kind == ReportTarget.Post)
        {
            var post = await db.Posts.Include(p => p.Topics).Include(p => p.Mentions).SingleAsync(p => p.Id == target.Id, cancellationToken);
            Change(delete, hide, () => post.Delete(now), () => post.Hide(hide!, now), post.Restore);
        }
        else if (target.Kind == ReportTarget.Comment)
        {
            var comment = await db.Comments.SingleAsync(c => c.Id == target.Id, cancellationToken);
            Change(delete, hide, () => comment.Delete(now), () => comment.Hide(hide!, now), comment.Restore);
        }
        else if (target.Kind == ReportTarget.Message && delete)
        {
            (await db.DirectMessages.SingleAsync(m => m.Id == target.Id, cancellationToken)).Delete(now);
        }
    }

    private static void Change(bool delete, string? hide, Action remove, Action conceal, Action restore)
    {
        if (delete)
        {
            remove();
        }
        else if (hide is not null)
        {
            conceal();
        }
        else
        {
            restore();
        }
    }
}
