using System.Security.Cryptography;
using EnterpriseSocial.Infrastructure.Content;

namespace EnterpriseSocial.Activity.Domain;

/// <summary>A message from one person to another; the two share one conversation for all their messages.</summary>
internal sealed class DirectMessage
{
    public const int BodyMaxLength = 4_000;

    public long Sequence { get; private set; }

    public Guid Id { get; private set; }

    public Guid ConversationId { get; private set; }

    public Guid SenderId { get; private set; }

    public string BodyMarkdown { get; private set; } = string.Empty;

    public string BodyHtml { get; private set; } = string.Empty;

    /// <summary>The text folded for search, as posts keep theirs (ADR 0021); null until indexed, for messages written before search.</summary>
    public string? SearchText { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>The sender's <c>Idempotency-Key</c>: sending again with it returns this message instead of a second one.</summary>
    public string? IdempotencyKey { get; private set; }

    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>A deleted message keeps its place in the conversation, without its text.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>Each of the conversation's two people reacts at most once to a message, so each has a column (ADR 0059).</summary>
    public string? SenderReaction { get; private set; }

    public string? RecipientReaction { get; private set; }

    /// <summary>A post sent along, which each reader sees only while they may see the post itself (ADR 0060); the text may then be empty.</summary>
    public Guid? SharedPostId { get; private set; }

    public static DirectMessage Write(
        Guid conversationId, Guid senderId, string markdown, DateTimeOffset at, string? idempotencyKey = null, Guid? sharedPostId = null)
    {
        var message = new DirectMessage
        {
            Id = Guid.CreateVersion7(at), ConversationId = conversationId, SenderId = senderId, SentAt = at, IdempotencyKey = idempotencyKey,
            SharedPostId = sharedPostId,
        };
        message.SetText(markdown);
        return message;
    }

    public void Edit(string markdown, DateTimeOffset at)
    {
        SetText(markdown);
        EditedAt = at;
    }

    public void Delete(DateTimeOffset at)
    {
        BodyMarkdown = string.Empty;
        BodyHtml = string.Empty;
        SearchText = string.Empty;
        SenderReaction = RecipientReaction = null;
        SharedPostId = null;
        DeletedAt = at;
    }

    /// <summary>Sets or, with null, takes back one of the conversation's people's reaction.</summary>
    public void React(Guid personId, string? kind)
    {
        if (personId == SenderId)
        {
            SenderReaction = kind;
        }
        else
        {
            RecipientReaction = kind;
        }
    }

    private void SetText(string markdown)
    {
        BodyMarkdown = markdown;
        BodyHtml = SafeMarkdown.ToHtml(markdown);
        SearchText = SearchableText.Of(BodyHtml);
    }
}

/// <summary>
/// One side of a conversation: what its person lists (by their latest message) and how far they
/// have read. Each conversation has two, written once when its first message is sent.
/// </summary>
internal sealed class DirectParticipant
{
    public Guid PersonId { get; set; }

    public Guid OtherPersonId { get; set; }

    public Guid ConversationId { get; set; }

    /// <summary>The sequence of the conversation's latest message, 0 before the first.</summary>
    public long LastMessageSequence { get; set; }

    /// <summary>The latest message this person has read; writing a message reads what came before it.</summary>
    public long ReadUpTo { get; set; }
}

/// <summary>
/// Two people's conversation has one id whoever writes first, derived from the pair: two first
/// messages crossing each other land in the same conversation.
/// </summary>
internal static class DirectConversation
{
    public static Guid IdOf(Guid one, Guid other)
    {
        var (first, second) = one.CompareTo(other) < 0 ? (one, other) : (other, one);
        Span<byte> pair = stackalloc byte[32];
        first.TryWriteBytes(pair[..16]);
        second.TryWriteBytes(pair[16..]);
        return new Guid(SHA256.HashData(pair)[..16]);
    }
}
