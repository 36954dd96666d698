using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Notifications.Features.Inbox;

internal sealed record ChangesView(IReadOnlyList<NotificationView> Items, long Sequence, int Unread, bool HasMore);

internal sealed record UnreadView(int Unread);

internal sealed record SeenRequest(long? Sequence);

/// <summary>
/// A person's notifications: the centre's pages, and the changes since a sequence that a client
/// asks for after a hint without changes and after a reconnect. Fetching them counts as having
/// seen them in the app; changes pushed to the app count once it says it has shown them.
/// </summary>
internal static class InboxEndpoints
{
    public const int ChangesPage = 100;

    /// <summary>The unread count looks this far back; the bell shows "99+" long before.</summary>
    private const int UnreadWindow = 1000;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/", ListAsync).WithSummary("Your notifications, most recently changed first; filter by unread and type.");
        group.MapGet("/changes", ChangesAsync).WithSummary("What changed after a sequence number, oldest first: the catch-up after a hint or a reconnect.");
        group.MapPost("/seen", SeenAsync).WithSummary("Tells that the app has shown you the changes up to a sequence: e-mail digests leave them out.");
        group.MapGet("/unread", UnreadAsync).WithSummary("How many notifications you have not read.");
        group.MapPut("/{id:guid}/read", (Guid id, HttpContext context, NotificationsDbContext db, TimeProvider clock, NotificationViews views, NotificationHints hints) =>
            MarkAsync(id, read: true, context, db, clock, views, hints)).WithSummary("Marks one notification read.");
        group.MapDelete("/{id:guid}/read", (Guid id, HttpContext context, NotificationsDbContext db, TimeProvider clock, NotificationViews views, NotificationHints hints) =>
            MarkAsync(id, read: false, context, db, clock, views, hints)).WithSummary("Marks one notification unread again.");
        group.MapPost("/read-all", ReadAllAsync).WithSummary("Marks all your notifications read.");
    }

    private static async Task<Results<Ok<CursorPage<NotificationView>>, ValidationProblem>> ListAsync(
        bool? unread, string? type, string? cursor, int? limit, HttpContext context, NotificationsDbContext db, NotificationViews views, TimeProvider clock)
    {
        var errors = new ValidationErrors()
            .AddIf(type is not null && !NotificationTypes.All.Contains(type), "type", Bilingual.Text($"type is one of: {string.Join(", ", NotificationTypes.All)}.",
                $"type prend l'une de ces valeurs : {string.Join(", ", NotificationTypes.All)}."));
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var query = db.Notifications.AsNoTracking().Where(n => n.RecipientId == me);
        query = unread == true ? query.Where(n => n.ReadAt == null) : query;
        query = type is null ? query : query.Where(n => n.Type == type);
        query = before is { } sequence ? query.Where(n => n.Sequence < sequence) : query;
        var rows = await query.OrderByDescending(n => n.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(pageSize).ToList();
        if (before is null && page.Count > 0)
        {
            var inbox = await db.Inboxes.SingleOrDefaultAsync(i => i.PersonId == me, context.RequestAborted);
            await SawAsync(db, inbox, page[0].Sequence, clock, context.RequestAborted);
        }

        var next = rows.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null;
        return TypedResults.Ok(new CursorPage<NotificationView>(await views.ViewAsync(me, page, context.RequestAborted), next));
    }

    private static async Task<Results<Ok<ChangesView>, ValidationProblem>> ChangesAsync(
        long? since, HttpContext context, NotificationsDbContext db, NotificationViews views, TimeProvider clock)
    {
        if (since is null or < 0)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("since", Bilingual.Text("since is the last sequence you received, 0 at first.",
                "since est le dernier numéro de séquence reçu, 0 la première fois.")).ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var rows = await ChangedAfter(db, me, since.Value, ChangesPage + 1).ToListAsync(context.RequestAborted);
        var page = rows.Take(ChangesPage).ToList();
        var inbox = await db.Inboxes.SingleOrDefaultAsync(i => i.PersonId == me, context.RequestAborted);
        var sequence = page.Count > 0 ? page[^1].ChangeSequence : Math.Min(since.Value, inbox?.LastSequence ?? 0);
        await SawAsync(db, inbox, sequence, clock, context.RequestAborted);
        return TypedResults.Ok(new ChangesView(
            await views.ViewAsync(me, page, context.RequestAborted), sequence, await CountUnreadAsync(db, views, me, context.RequestAborted), rows.Count > ChangesPage));
    }

    /// <summary>
    /// A person's entries changed after <paramref name="since"/>, in the order of their changes. An
    /// entry's latest change is either new activity, numbered as its place (found through the place
    /// index), or a read mark, numbered apart (found through the index that holds only those, ADR
    /// 0041). The two kinds never overlap, so the first <paramref name="take"/> of each hold the first
    /// of all; one statement, so that a change committed meanwhile cannot fall between the two.
    /// </summary>
    private static IQueryable<Notification> ChangedAfter(NotificationsDbContext db, Guid me, long since, int take)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.RecipientId == me);
        var activity = mine.Where(n => n.Sequence > since && n.ChangeSequence == n.Sequence).OrderBy(n => n.Sequence).Take(take);
        var readMarks = mine.Where(n => n.ChangeSequence != n.Sequence && n.ChangeSequence > since).OrderBy(n => n.ChangeSequence).Take(take);
        return activity.Concat(readMarks).OrderBy(n => n.ChangeSequence).Take(take);
    }

    private static async Task<Results<NoContent, ValidationProblem>> SeenAsync(SeenRequest request, HttpContext context, NotificationsDbContext db, TimeProvider clock)
    {
        if (request.Sequence is not { } sequence || sequence < 0)
        {
            return TypedResults.ValidationProblem(new ValidationErrors().Add("sequence", Bilingual.Text("sequence is the last sequence the app has shown, 0 or more.",
                "sequence est le dernier numéro de séquence affiché par l'application, 0 ou plus.")).ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var inbox = await db.Inboxes.SingleOrDefaultAsync(i => i.PersonId == me, context.RequestAborted);
        await SawAsync(db, inbox, sequence, clock, context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UnreadView>> UnreadAsync(HttpContext context, NotificationsDbContext db, NotificationViews views) =>
        TypedResults.Ok(new UnreadView(await CountUnreadAsync(db, views, context.User.PersonId()!.Value, context.RequestAborted)));

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkAsync(
        Guid id, bool read, HttpContext context, NotificationsDbContext db, TimeProvider clock, NotificationViews views, NotificationHints hints)
    {
        var me = context.User.PersonId()!.Value;
        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.RecipientId == me, context.RequestAborted);
        if (notification is null || (await views.VisibleAsync(me, [notification], context.RequestAborted)).Count == 0)
        {
            return NoSuchNotification();
        }

        if (notification.IsRead == read)
        {
            return TypedResults.NoContent();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted))
        {
            var change = await InboxCounters.ReserveAsync(db, me, 1, context.RequestAborted);
            // The inbox is held now, as retention holds it to delete (ADR 0043): an entry still there stays until commit.
            if (!await db.Notifications.AnyAsync(n => n.Id == id, context.RequestAborted))
            {
                return NoSuchNotification();
            }

            if (read)
            {
                notification.MarkRead(clock.GetUtcNow(), change);
            }
            else
            {
                notification.MarkUnread(change);
            }

            await db.SaveChangesAsync(context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }

        await hints.SendAsync([me], context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> ReadAllAsync(HttpContext context, NotificationsDbContext db, TimeProvider clock, NotificationHints hints)
    {
        var me = context.User.PersonId()!.Value;
        var now = clock.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted))
        {
            // The inbox row is held first, so no new activity joins an entry between reading what is unread and marking it.
            await InboxCounters.HoldAsync(db, me, context.RequestAborted);
            var unread = await db.Notifications.Where(n => n.RecipientId == me && n.ReadAt == null).OrderBy(n => n.Sequence).ToListAsync(context.RequestAborted);
            if (unread.Count == 0)
            {
                return TypedResults.NoContent();
            }

            var change = await InboxCounters.ReserveAsync(db, me, unread.Count, context.RequestAborted);
            foreach (var notification in unread)
            {
                notification.MarkRead(now, change++);
            }

            await db.SaveChangesAsync(context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }

        await hints.SendAsync([me], context.RequestAborted);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult NoSuchNotification() =>
        ApiProblems.NotFound(Bilingual.Text("There is no such notification.", "Cette notification n'existe pas."));

    /// <summary>Counts only what the person may see now: a count must not reveal a post taken out of their reach.</summary>
    private static async Task<int> CountUnreadAsync(NotificationsDbContext db, NotificationViews views, Guid me, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.AsNoTracking().Where(n => n.RecipientId == me && n.ReadAt == null)
            .OrderByDescending(n => n.Sequence).Take(UnreadWindow).ToListAsync(cancellationToken);
        return (await views.VisibleAsync(me, unread, cancellationToken)).Count;
    }

    /// <summary>Saves only what <see cref="Domain.Inbox.Saw"/> changed: nothing, most times a client asks without news.</summary>
    private static async Task SawAsync(NotificationsDbContext db, Domain.Inbox? inbox, long sequence, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (inbox is not null)
        {
            inbox.Saw(sequence, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
