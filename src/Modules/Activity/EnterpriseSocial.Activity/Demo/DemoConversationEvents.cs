using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Demo;

/// <summary>
/// The demo's posts, comments, reactions and direct messages as the <see cref="PostPublished"/>, <see cref="CommentAdded"/>,
/// <see cref="ReactionGiven"/> and <see cref="DirectMessageSent"/> they would have raised: read back from everything there is, which on the
/// demo's first start is the demo's own.
/// </summary>
internal sealed class DemoConversationEvents(ActivityDbContext db) : IDemoHistory
{
    public async Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken)
    {
        var posts = await db.Posts.AsNoTracking().Include(p => p.Topics).Include(p => p.Mentions).AsSplitQuery()
            .Where(p => p.DeletedAt == null).ToDictionaryAsync(p => p.Id, cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.DeletedAt == null).ToDictionaryAsync(c => c.Id, cancellationToken);
        var reactions = await db.Reactions.AsNoTracking().ToListAsync(cancellationToken);

        var events = new List<IntegrationEvent>();
        events.AddRange(posts.Values.Select(Published));
        // Mentions in comments are not kept apart from their text; the demo's comments mention nobody.
        events.AddRange(comments.Values.Where(c => posts.ContainsKey(c.PostId)).Select(c => new CommentAdded(
            c.Id, c.PostId, c.AuthorId, posts[c.PostId].AuthorId, c.ParentCommentId,
            c.ParentCommentId is { } parent && comments.TryGetValue(parent, out var parentComment) ? parentComment.AuthorId : null,
            [], posts[c.PostId].SpaceId) { OccurredAt = c.CreatedAt }));
        foreach (var reaction in reactions.Where(r => posts.ContainsKey(r.PostId)))
        {
            var onComment = reaction.CommentId != Guid.Empty;
            if (onComment && !comments.ContainsKey(reaction.CommentId))
            {
                continue;
            }

            var targetAuthor = onComment ? comments[reaction.CommentId].AuthorId : posts[reaction.PostId].AuthorId;
            events.Add(new ReactionGiven(reaction.PostId, onComment ? reaction.CommentId : null, targetAuthor, reaction.PersonId, reaction.Kind,
                posts[reaction.PostId].SpaceId) { OccurredAt = reaction.CreatedAt });
        }

        var recipients = await db.DirectParticipants.AsNoTracking()
            .ToDictionaryAsync(p => (p.ConversationId, p.PersonId), p => p.OtherPersonId, cancellationToken);
        events.AddRange((await db.DirectMessages.AsNoTracking().ToListAsync(cancellationToken)).Select(m =>
            new DirectMessageSent(m.ConversationId, m.Id, m.SenderId, recipients[(m.ConversationId, m.SenderId)]) { OccurredAt = m.SentAt }));
        return events;
    }

    /// <summary>A praise post names the people praised, who hear of it from the praise, not as a mention (<c>PublishPraisePost</c>).</summary>
    private static PostPublished Published(Post post)
    {
        var named = post.Mentions.Select(m => m.PersonId).ToList();
        return new PostPublished(
            post.Id, post.AuthorId, post.Topics.Select(t => t.Topic).ToList(), post.PraiseId is null ? named : [], post.SharedPostId, post.SpaceId,
            post.Kind == PostKind.Announcement, post.MustRead, post.PraiseId is null ? null : named) { OccurredAt = post.CreatedAt };
    }
}
