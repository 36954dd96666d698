using System.Security.Cryptography;
using EnterpriseSocial.Infrastructure.Content;

namespace EnterpriseSocial.Activity.Domain;

/// <summary>A message from one person to another; the two share one conversation for all their messages.</summary>
internal sealed class DirectMessage
{
    public const int BodyMaxLength = 4_000;

    public long Sequence { get; private set; }

    public Guid Id { get; set; }

    public Guid ConversationId { get; set; }

    public Guid SenderId { get; set; }

    public string BodyMarkdown { get; set; } = string.Empty;

    public string BodyHtml { get; set; } = string.Empty;

    public DateTimeOffset SentAt { get; set; }

    /// <summary>The sender's <c>Idempotency-Key</c>: sending again with it returns this message instead of a second one.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset? EditedAt { get; private set; }

    /// <summary>A deleted message keeps its place in the conversation, without its text.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public void Edit(string markdown, DateTimeOffset at)
    {
        BodyMarkdown = markdown;
        BodyHtml = SafeMarkdown.ToHtml(markdown);
        EditedAt = at;
    }

    public void Delete(DateTimeOffset at)
    {
        BodyMarkdown = string.Empty;
        BodyHtml = string.Empty;
        DeletedAt = at;
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
