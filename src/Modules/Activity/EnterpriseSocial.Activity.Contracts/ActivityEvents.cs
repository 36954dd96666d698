using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Activity.Contracts;

/// <summary>
/// Someone published a post (or shared one, with <see cref="SharedPostId"/>); topics are normalized
/// hashtags. A post in a space (<see cref="SpaceId"/>) is for that space's readers only. An
/// announcement is for everyone in the company, or for the space's members when in a space. A
/// praise post also reaches the followers of the people it praises (<see cref="PraisedPeople"/>).
/// </summary>
public sealed record PostPublished(
    Guid PostId,
    Guid AuthorId,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Guid> Mentions,
    Guid? SharedPostId,
    Guid? SpaceId = null,
    bool IsAnnouncement = false,
    bool MustRead = false,
    IReadOnlyList<Guid>? PraisedPeople = null) : IntegrationEvent;

public sealed record PostDeleted(Guid PostId, Guid AuthorId) : IntegrationEvent;

/// <summary>A comment on a post, or a reply to a comment (<see cref="ParentCommentId"/>).</summary>
public sealed record CommentAdded(
    Guid CommentId,
    Guid PostId,
    Guid AuthorId,
    Guid PostAuthorId,
    Guid? ParentCommentId,
    Guid? ParentAuthorId,
    IReadOnlyList<Guid> Mentions,
    Guid? SpaceId = null) : IntegrationEvent;

/// <summary>Hashtags an edit gave a post that its previous text did not have.</summary>
public sealed record TopicsAdded(Guid PostId, Guid AuthorId, IReadOnlyList<string> Topics, Guid? SpaceId = null) : IntegrationEvent;

/// <summary>Hashtags an edit took away from a post.</summary>
public sealed record TopicsRemoved(Guid PostId, IReadOnlyList<string> Topics) : IntegrationEvent;

/// <summary>People whom an edit of a post or a comment (<see cref="CommentId"/>) mentions and its previous text did not.</summary>
public sealed record MentionsAdded(Guid PostId, Guid? CommentId, Guid AuthorId, IReadOnlyList<Guid> People, Guid? SpaceId = null) : IntegrationEvent;

/// <summary>Someone reacted to a post or a comment, or changed their reaction.</summary>
public sealed record ReactionGiven(
    Guid PostId,
    Guid? CommentId,
    Guid TargetAuthorId,
    Guid PersonId,
    string Reaction,
    Guid? SpaceId = null) : IntegrationEvent;

/// <summary>The author of a question (or a moderator) marked a comment as its best answer.</summary>
public sealed record BestAnswerChosen(Guid PostId, Guid CommentId, Guid QuestionAuthorId, Guid AnswerAuthorId, Guid? SpaceId = null) : IntegrationEvent;

/// <summary>Someone wrote to a colleague directly; their conversation is <see cref="ConversationId"/>.</summary>
public sealed record DirectMessageSent(Guid ConversationId, Guid MessageId, Guid SenderId, Guid RecipientId) : IntegrationEvent;

/// <summary>Someone read what a colleague wrote them, up to the conversation's latest message.</summary>
public sealed record DirectMessagesRead(Guid ConversationId, Guid ReaderId) : IntegrationEvent;

/// <summary>Whom people talk with in conversations, for suggestions of colleagues to follow.</summary>
public interface IInteractionGraph
{
    /// <summary>People whose posts this person recently commented on, and people who commented on theirs, most frequent first.</summary>
    Task<IReadOnlyList<Guid>> RecentContactsAsync(Guid personId, int limit, CancellationToken cancellationToken);
}

/// <summary>Someone reported content or a person (<see cref="TargetKind"/>: post, comment or person); empty reporter for a keyword rule.</summary>
public sealed record ContentReported(Guid ReportId, string TargetKind, Guid TargetId, Guid? SpaceId, Guid ReporterId, string Reason) : IntegrationEvent;

/// <summary>
/// A moderator (empty when the platform acted by itself) dismissed reports, hid, restored or deleted
/// content, or warned its author; the author is told <see cref="Reason"/>.
/// </summary>
public sealed record ContentModerated(string TargetKind, Guid TargetId, Guid? SpaceId, Guid AuthorId, string Action, string Reason, Guid ModeratorId)
    : IntegrationEvent;
