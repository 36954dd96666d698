using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Infrastructure.RealTime;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.DirectMessages;

/// <summary>
/// A post sent along with a message, as its reader may see it now: who wrote it, where, and its first words. A post the
/// reader may not see, or no longer exists, is only <c>Available: false</c>, without anything that would tell which it was.
/// </summary>
internal sealed record SharedPostView(bool Available, Guid? Id = null, PersonView? Author = null, SpaceRef? Space = null, string? Excerpt = null)
{
    public static readonly SharedPostView Unavailable = new(false);
}

/// <summary>
/// A message; <see cref="Text"/> is its Markdown, which its sender edits. A deleted message has neither text nor HTML,
/// nor reactions, nor post. Each of the two people's reaction, if any, is told apart by whether they sent the message.
/// </summary>
internal sealed record DirectMessageView(
    Guid Id, Guid SenderId, string Html, string Text, DateTimeOffset SentAt, DateTimeOffset? EditedAt, bool Deleted,
    string? SenderReaction, string? RecipientReaction, SharedPostView? SharedPost);

/// <summary>What each side's open apps are told of a message sent or changed: <see cref="With"/> is the other person, seen from the one told.</summary>
internal sealed record MessageLive(Guid With, DirectMessageView Message);

/// <summary>
/// Builds messages as one of the two people sees them: the same for both, but for a post sent along, which each sees through
/// the access rule of every stream (<see cref="PostGlimpses"/>); messages without one cost no query.
/// </summary>
internal sealed class MessageViews(ActivityDbContext db, IPostGlimpses posts, IProfileDirectory directory, ISpaceAccess spaces, ILiveUpdates live)
{
    public async Task<IReadOnlyList<DirectMessageView>> ForAsync(Guid reader, IReadOnlyList<DirectMessage> messages, CancellationToken cancellationToken)
    {
        var sharedIds = messages.Where(m => m.SharedPostId is not null).Select(m => m.SharedPostId!.Value).Distinct().ToList();
        var shared = new Dictionary<Guid, SharedPostView>();
        if (sharedIds.Count > 0)
        {
            var glimpses = (await posts.VisibleToAsync(reader, sharedIds, cancellationToken)).Values.ToList();
            var authors = (await directory.GetSummariesAsync(glimpses.Select(g => g.AuthorId).Distinct().ToList(), cancellationToken))
                .ToDictionary(p => p.Id, PersonView.Of);
            var spaceNames = await spaces.NamesAsync(glimpses.Where(g => g.SpaceId is not null).Select(g => g.SpaceId!.Value).Distinct().ToList(), cancellationToken);
            shared = glimpses.ToDictionary(g => g.PostId, g => new SharedPostView(
                true,
                g.PostId,
                authors.GetValueOrDefault(g.AuthorId) ?? PersonView.Unknown(g.AuthorId),
                g.SpaceId is { } space && spaceNames.TryGetValue(space, out var name) ? new SpaceRef(space, name) : null,
                g.Excerpt));
        }

        return messages.Select(m => new DirectMessageView(
            m.Id, m.SenderId, m.BodyHtml, m.BodyMarkdown, m.SentAt, m.EditedAt, m.DeletedAt is not null, m.SenderReaction, m.RecipientReaction,
            m.SharedPostId is { } postId ? shared.GetValueOrDefault(postId, SharedPostView.Unavailable) : null)).ToList();
    }

    public async Task<DirectMessageView> ForAsync(Guid reader, DirectMessage message, CancellationToken cancellationToken) =>
        (await ForAsync(reader, [message], cancellationToken))[0];

    /// <summary>Tells both people's open apps of a message, each as they see it; answers it as <paramref name="me"/> sees it.</summary>
    public async Task<DirectMessageView> TellBothAsync(string kind, Guid me, Guid other, DirectMessage message, CancellationToken cancellationToken)
    {
        var mine = await ForAsync(me, message, cancellationToken);
        var theirs = message.SharedPostId is null ? mine : await ForAsync(other, message, cancellationToken);
        await live.ToEachAsync([(me, new MessageLive(other, mine)), (other, new MessageLive(me, theirs))], kind, cancellationToken);
        return mine;
    }

    /// <summary>Tells both people of a message a moderator changed.</summary>
    public async Task TellBothAsync(Guid id, CancellationToken cancellationToken)
    {
        var message = await db.DirectMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
        var recipient = await db.DirectParticipants.Where(p => p.PersonId == message.SenderId && p.ConversationId == message.ConversationId)
            .Select(p => p.OtherPersonId).SingleAsync(cancellationToken);
        await TellBothAsync(DirectMessageEndpoints.MessageChanged, message.SenderId, recipient, message, cancellationToken);
    }
}
