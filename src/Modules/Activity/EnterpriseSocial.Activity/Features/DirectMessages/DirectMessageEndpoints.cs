using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>A message's text and, optionally, a post sent along with it, in which case the text may be empty.</summary>
internal sealed record SendMessageRequest(string? Text, Guid? SharedPostId);

internal sealed record MessagesReadLive(Guid With);

/// <summary>
/// Writing to a colleague directly (ADR 0053). A conversation is addressed by the other person:
/// its id derives from the pair, so nobody can name another pair's conversation. External guests,
/// oneself and unknown people answer as missing; a former employee's conversation stays readable
/// but takes no new message.
/// </summary>
internal static class DirectMessageEndpoints
{
    public const string MessageSent = "message.sent";
    public const string MessagesRead = "message.read";
    public const string MessageChanged = "message.changed";

    /// <summary>How far back a conversation opens on a message found: further, the reader goes back page by page.</summary>
    public const int MaxThrough = 500;

    public static void Map(IEndpointRouteBuilder group)
    {
        group.MapGet("/with/{personId:guid}", ReadPageAsync)
            .WithSummary("The messages between you and a colleague, the latest first; with through, the first page reaches that message.");
        group.MapPost("/with/{personId:guid}", SendAsync)
            .WithSummary("Writes to a colleague directly; the same Idempotency-Key from the same person returns the same message.");
        group.MapPost("/with/{personId:guid}/read", MarkReadAsync).WithSummary("Marks what a colleague wrote you as read.");
    }

    /// <summary>The rules of a message's text; a message sending a post along may have none.</summary>
    public static ValidationErrors TextErrors(string text, bool sharesPost) => new ValidationErrors()
        .AddIf(text.Length == 0 && !sharesPost, "text", Bilingual.Text("Write a message.", "Écrivez un message."))
        .AddIf(text.Length > DirectMessage.BodyMaxLength, "text", Bilingual.Text(
            $"A message holds at most {DirectMessage.BodyMaxLength} characters.", $"Un message compte au plus {DirectMessage.BodyMaxLength} caractères."));

    public static ProblemHttpResult NoSuchPerson() => ApiProblems.NotFound(Bilingual.Text("There is no such person.", "Cette personne n'existe pas."));

    /// <summary>The person one may write with: someone else, in the company directory, not an external guest.</summary>
    public static async Task<ProfileSummary?> CorrespondentAsync(
        Guid me, Guid personId, IProfileDirectory directory, IAccountStatus accounts, CancellationToken cancellationToken)
    {
        if (personId == me)
        {
            return null;
        }

        var person = (await directory.GetSummariesAsync([personId], cancellationToken)).SingleOrDefault();
        return person is null || (await accounts.GuestsAmongAsync([personId], cancellationToken)).Count > 0 ? null : person;
    }

    private static async Task<Results<Ok<CursorPage<DirectMessageView>>, ValidationProblem, ProblemHttpResult>> ReadPageAsync(
        Guid personId, string? cursor, int? limit, Guid? through, HttpContext context, ActivityDbContext db, IProfileDirectory directory, IAccountStatus accounts,
        MessageViews views)
    {
        var me = context.User.PersonId()!.Value;
        var errors = new ValidationErrors();
        var (before, pageSize) = SequenceCursor.ReadPage(cursor, limit, errors);
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        if (await CorrespondentAsync(me, personId, directory, accounts, context.RequestAborted) is null)
        {
            return NoSuchPerson();
        }

        var conversation = DirectConversation.IdOf(me, personId);
        var query = db.DirectMessages.AsNoTracking().Where(m => m.ConversationId == conversation);
        var newest = before is null ? query : query.Where(m => m.Sequence < before);
        pageSize = through is { } found ? await PageThroughAsync(newest, found, pageSize, context.RequestAborted) : pageSize;
        var page = await newest.OrderByDescending(m => m.Sequence).Take(pageSize + 1).ToListAsync(context.RequestAborted);
        var shown = page.Take(pageSize).ToList();
        return TypedResults.Ok(new CursorPage<DirectMessageView>(
            await views.ForAsync(me, shown, context.RequestAborted),
            page.Count > pageSize ? SequenceCursor.Encode(shown[^1].Sequence) : null));
    }

    /// <summary>
    /// A page long enough to reach the message a search found, so that the conversation opens on it; a message of another
    /// conversation, or further back than <see cref="MaxThrough"/> messages, leaves the page as asked.
    /// </summary>
    private static async Task<int> PageThroughAsync(IQueryable<DirectMessage> newest, Guid messageId, int pageSize, CancellationToken cancellationToken)
    {
        var sequence = await newest.Where(m => m.Id == messageId).Select(m => (long?)m.Sequence).SingleOrDefaultAsync(cancellationToken);
        var reaching = sequence is null ? 0 : await newest.CountAsync(m => m.Sequence >= sequence, cancellationToken);
        return reaching <= MaxThrough ? Math.Max(pageSize, reaching) : pageSize;
    }

    private static async Task<Results<Created<DirectMessageView>, Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>> SendAsync(
        Guid personId, SendMessageRequest request, [FromHeader(Name = PostPublisher.IdempotencyHeader)] string? idempotencyKey,
        HttpContext context, ActivityDbContext db, IProfileDirectory directory, IAccountStatus accounts, IPostGlimpses posts, MessageViews views,
        TimeProvider clock)
    {
        var me = context.User.PersonId()!.Value;
        var text = request.Text?.Trim() ?? string.Empty;
        var errors = TextErrors(text, request.SharedPostId is not null).AddIf(idempotencyKey is { Length: 0 or > 200 }, PostPublisher.IdempotencyHeader, Bilingual.Text("Between 1 and 200 characters.", "Entre 1 et 200 caractères."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        var person = await CorrespondentAsync(me, personId, directory, accounts, context.RequestAborted);
        if (person is null)
        {
            return NoSuchPerson();
        }

        if (person.IsFormerEmployee || (await accounts.WhichMayNoLongerSignInAsync([personId], context.RequestAborted)).Count > 0)
        {
            return ApiProblems.Unprocessable(Bilingual.Text(
                $"{person.DisplayName} can no longer receive messages.", $"{person.DisplayName} ne peut plus recevoir de messages."));
        }

        var conversation = DirectConversation.IdOf(me, personId);
        if (await ReplayAsync(db, views, me, idempotencyKey, conversation, request with { Text = text }, context.RequestAborted) is { } replayed)
        {
            return replayed;
        }

        if (request.SharedPostId is { } postId && await SharingRefusalAsync(posts, me, person, postId, context.RequestAborted) is { } refused)
        {
            return refused;
        }

        await db.AddOnceAsync(new DirectParticipant { PersonId = me, OtherPersonId = personId, ConversationId = conversation },
            p => p.PersonId == me && p.OtherPersonId == personId, context.RequestAborted);
        await db.AddOnceAsync(new DirectParticipant { PersonId = personId, OtherPersonId = me, ConversationId = conversation },
            p => p.PersonId == personId && p.OtherPersonId == me, context.RequestAborted);

        var message = DirectMessage.Write(conversation, me, text, clock.GetUtcNow(), idempotencyKey, request.SharedPostId);
        try
        {
            await WriteAsync(db, message, personId, context.RequestAborted);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            // Another request with the same key won the race; answer with what it wrote.
            db.ChangeTracker.Clear();
            return await ReplayAsync(db, views, me, idempotencyKey, conversation, request with { Text = text }, context.RequestAborted)
                ?? throw new InvalidOperationException("The message's key was taken, yet no message holds it.");
        }

        var view = await views.TellBothAsync(MessageSent, me, personId, message, context.RequestAborted);
        return TypedResults.Created($"/api/v1/messages/with/{personId}", view);
    }

    /// <summary>
    /// A post is sent along only by someone who may see it, to someone who may too: a message pointing at a post its reader
    /// cannot open would say nothing. A post the sender may not see answers as one that does not exist.
    /// </summary>
    private static async Task<ProblemHttpResult?> SharingRefusalAsync(
        IPostGlimpses posts, Guid me, ProfileSummary person, Guid postId, CancellationToken cancellationToken)
    {
        if ((await posts.VisibleToAsync(me, [postId], cancellationToken)).Count == 0)
        {
            return ApiProblems.NotFound(Bilingual.Text("There is no such post.", "Cette publication n'existe pas."));
        }

        return (await posts.ReadersAsync(postId, [person.Id], cancellationToken)).Count == 0
            ? ApiProblems.Unprocessable(Bilingual.Text(
                $"{person.DisplayName} cannot see this post, so it cannot be sent to them.",
                $"{person.DisplayName} ne peut pas voir cette publication : elle ne peut pas lui être envoyée."))
            : null;
    }

    private static async Task WriteAsync(ActivityDbContext db, DirectMessage message, Guid recipient, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.DirectMessages.Add(message);
        db.Publish(new DirectMessageSent(message.ConversationId, message.Id, message.SenderId, recipient));
        await db.SaveChangesAsync(cancellationToken);
        // Two messages crossing each other each move the mark forward only.
        await db.DirectParticipants.Where(p => p.ConversationId == message.ConversationId && p.LastMessageSequence < message.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LastMessageSequence, message.Sequence), cancellationToken);
        await db.DirectParticipants.Where(p => p.PersonId == message.SenderId && p.OtherPersonId == recipient && p.ReadUpTo < message.Sequence)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReadUpTo, message.Sequence), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The message an earlier request with the same key wrote; the key reused for another message is refused.</summary>
    private static async Task<Results<Created<DirectMessageView>, Ok<DirectMessageView>, ValidationProblem, ProblemHttpResult>?> ReplayAsync(
        ActivityDbContext db, MessageViews views, Guid me, string? idempotencyKey, Guid conversation, SendMessageRequest request, CancellationToken cancellationToken)
    {
        var earlier = idempotencyKey is null ? null
            : await db.DirectMessages.AsNoTracking().SingleOrDefaultAsync(m => m.SenderId == me && m.IdempotencyKey == idempotencyKey, cancellationToken);
        if (earlier is null)
        {
            return null;
        }

        return earlier.ConversationId == conversation && earlier.BodyMarkdown == request.Text && earlier.SharedPostId == request.SharedPostId
            ? TypedResults.Ok(await views.ForAsync(me, earlier, cancellationToken))
            : ApiProblems.Unprocessable(Bilingual.Text(
                $"This {PostPublisher.IdempotencyHeader} was already used for a different message.",
                $"Cette valeur de {PostPublisher.IdempotencyHeader} a déjà servi pour un autre message."));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MarkReadAsync(
        Guid personId, HttpContext context, ActivityDbContext db, IProfileDirectory directory, IAccountStatus accounts, ILiveUpdates live)
    {
        var me = context.User.PersonId()!.Value;
        if (await CorrespondentAsync(me, personId, directory, accounts, context.RequestAborted) is null)
        {
            return NoSuchPerson();
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(context.RequestAborted))
        {
            var marked = await db.DirectParticipants.Where(p => p.PersonId == me && p.OtherPersonId == personId && p.ReadUpTo < p.LastMessageSequence)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ReadUpTo, p => p.LastMessageSequence), context.RequestAborted);
            if (marked == 0)
            {
                return TypedResults.NoContent();
            }

            db.Publish(new DirectMessagesRead(DirectConversation.IdOf(me, personId), me));
            await db.SaveChangesAsync(context.RequestAborted);
            await transaction.CommitAsync(context.RequestAborted);
        }

        await live.ToPeopleAsync([me], MessagesRead, new MessagesReadLive(personId), context.RequestAborted);
        return TypedResults.NoContent();
    }
}
