using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Activity.Features.Search;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>A message found: with whom it was exchanged, who wrote it, and its words around the match, as plain text with the matched words marked.</summary>
internal sealed record MessageFound(Guid Id, PersonView Person, bool FromMe, DateTimeOffset SentAt, string Text, IReadOnlyList<Highlight> Highlights);

/// <summary>
/// One's own direct messages holding every word of <c>q</c>, accents and case aside as for posts (ADR 0021), newest
/// first: only conversations one is in are read, and deleted messages are found by nobody (ADR 0058).
/// </summary>
internal static class SearchMessages
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/search", HandleAsync)
            .WithSummary("Your direct messages that contain every word of q, accent- and case-insensitively, the latest first.");

    private static async Task<Results<Ok<CursorPage<MessageFound>>, ValidationProblem>> HandleAsync(
        HttpContext context, ActivityDbContext db, IProfileDirectory directory, string? q = null, string? cursor = null, int? limit = null)
    {
        var errors = new ValidationErrors();
        var (terms, before, pageSize) = SearchFilters.ReadQuery(q, cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var me = context.User.PersonId()!.Value;
        var matching = db.DirectMessages.AsNoTracking().Where(SearchFilters.ContainsEvery<Domain.DirectMessage>(m => m.SearchText, terms));
        var found = await (
            from side in db.DirectParticipants
            where side.PersonId == me
            join message in matching on side.ConversationId equals message.ConversationId
            where message.DeletedAt == null && (before == null || message.Sequence < before)
            orderby message.Sequence descending
            select new { message.Id, message.Sequence, message.SenderId, message.BodyHtml, message.SentAt, side.OtherPersonId })
            .Take(pageSize + 1).ToListAsync(context.RequestAborted);

        var page = found.Take(pageSize).ToList();
        var people = (await directory.GetSummariesAsync(page.Select(m => m.OtherPersonId).Distinct().ToList(), context.RequestAborted))
            .ToDictionary(p => p.Id, PersonView.Of);
        var items = page.Select(m =>
        {
            var matched = MatchedText.Find(m.BodyHtml, terms);
            return new MessageFound(
                m.Id, people.GetValueOrDefault(m.OtherPersonId) ?? PersonView.Unknown(m.OtherPersonId), m.SenderId == me, m.SentAt,
                matched?.Text ?? PostGlimpses.Excerpt(m.BodyHtml), matched?.Highlights ?? []);
        }).ToList();
        return TypedResults.Ok(new CursorPage<MessageFound>(items, found.Count > pageSize ? SequenceCursor.Encode(page[^1].Sequence) : null));
    }
}
