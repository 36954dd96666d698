using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>
/// The latest message of a conversation, as text: the list never shows a message's HTML. A deleted one has no text; one
/// sending a post along may have none either, and the list says a post was sent (which one is the conversation's to show).
/// </summary>
internal sealed record LastMessageView(bool FromMe, string Excerpt, DateTimeOffset SentAt, bool Deleted, bool SharesPost);

internal sealed record ConversationSummaryView(PersonView Person, LastMessageView LastMessage, int UnreadCount);

internal sealed record UnreadConversationsView(int Conversations);

/// <summary>
/// Someone's conversations, the one with the latest message first, and how many wait to be read:
/// a message its sender deleted before it was read no longer waits.
/// </summary>
internal static class ConversationList
{
    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet(string.Empty, ListAsync).WithSummary("Your conversations, the latest first, with what waits to be read in each.");
        group.MapGet("/unread", UnreadAsync).WithSummary("How many of your conversations have messages you have not read.");
    }

    private static async Task<Results<Ok<CursorPage<ConversationSummaryView>>, ValidationProblem>> ListAsync(
        string? cursor, int? limit, HttpContext context, ActivityDbContext db, IProfileDirectory directory)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var page = await db.DirectParticipants.AsNoTracking()
            .Where(p => p.PersonId == me && p.LastMessageSequence > 0 && (before == null || p.LastMessageSequence < before))
            .OrderByDescending(p => p.LastMessageSequence).Take(pageSize + 1)
            .ToListAsync(context.RequestAborted);
        var shown = page.Take(pageSize).ToList();

        var latest = shown.Select(p => p.LastMessageSequence).ToList();
        var messages = await db.DirectMessages.AsNoTracking().Where(m => latest.Contains(m.Sequence))
            .Select(m => new { m.Sequence, m.SenderId, m.BodyHtml, m.SentAt, m.DeletedAt, m.SharedPostId }).ToDictionaryAsync(m => m.Sequence, context.RequestAborted);
        var waiting = shown.Where(p => p.ReadUpTo < p.LastMessageSequence).Select(p => p.ConversationId).ToList();
        var unread = waiting.Count == 0 ? [] : await (
            from side in db.DirectParticipants
            where side.PersonId == me && waiting.Contains(side.ConversationId)
            join message in db.DirectMessages on side.ConversationId equals message.ConversationId
            where message.Sequence > side.ReadUpTo && message.SenderId != me && message.DeletedAt == null
            group message by side.ConversationId into conversation
            select new { Id = conversation.Key, Count = conversation.Count() }).ToDictionaryAsync(c => c.Id, c => c.Count, context.RequestAborted);

        var people = (await directory.GetSummariesAsync(shown.Select(p => p.OtherPersonId).ToList(), context.RequestAborted))
            .ToDictionary(p => p.Id, PersonView.Of);
        var items = shown.Select(p =>
        {
            var last = messages[p.LastMessageSequence];
            return new ConversationSummaryView(
                people.GetValueOrDefault(p.OtherPersonId) ?? PersonView.Unknown(p.OtherPersonId),
                new LastMessageView(
                    last.SenderId == me, PostGlimpses.Excerpt(last.BodyHtml), last.SentAt, last.DeletedAt is not null, last.SharedPostId is not null),
                unread.GetValueOrDefault(p.ConversationId));
        }).ToList();
        return TypedResults.Ok(new CursorPage<ConversationSummaryView>(items, page.Count > pageSize ? SequenceCursor.Encode(shown[^1].LastMessageSequence) : null));
    }

    private static async Task<Ok<UnreadConversationsView>> UnreadAsync(HttpContext context, ActivityDbContext db)
    {
        var me = context.User.PersonId()!.Value;
        return TypedResults.Ok(new UnreadConversationsView(await db.DirectParticipants.CountAsync(
            p => p.PersonId == me && p.ReadUpTo < p.LastMessageSequence && db.DirectMessages.Any(
                m => m.ConversationId == p.ConversationId && m.Sequence > p.ReadUpTo && m.SenderId != me && m.DeletedAt == null),
            context.RequestAborted)));
    }
}
