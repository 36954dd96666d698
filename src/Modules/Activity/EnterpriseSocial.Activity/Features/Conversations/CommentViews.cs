using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Posts;
using EnterpriseSocial.Profiles.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Conversations;

internal sealed record CommentView(
    Guid Id,
    Guid? ParentId,
    PersonView Author,
    string BodyHtml,
    string BodyMarkdown,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    Dictionary<string, int> Reactions,
    string? MyReaction,
    int ReplyCount,
    IReadOnlyList<CommentView> Replies,
    bool Hidden = false,
    string? HiddenReason = null);

/// <summary>What the API shows for comments, with a fixed number of queries per page.</summary>
internal sealed class CommentViews(ActivityDbContext db, IProfileDirectory directory)
{
    public const int RepliesShown = 3;

    public async Task<IReadOnlyList<CommentView>> BuildAsync(
        Guid viewer, IReadOnlyList<Comment> comments, ILookup<Guid, Comment> replies, CancellationToken cancellationToken)
    {
        var all = comments.Concat(replies.SelectMany(r => r)).ToList();
        var ids = all.Select(c => c.Id).ToList();
        var authorIds = all.Select(c => c.AuthorId).Distinct().ToList();
        var people = (await directory.GetSummariesAsync(authorIds, cancellationToken)).ToDictionary(p => p.Id, PersonView.Of);
        var mine = await db.Reactions.AsNoTracking().Where(r => r.PersonId == viewer && ids.Contains(r.CommentId))
            .ToDictionaryAsync(r => r.CommentId, r => r.Kind, cancellationToken);

        CommentView View(Comment comment) => new(
            comment.Id,
            comment.ParentCommentId,
            people.GetValueOrDefault(comment.AuthorId) ?? PersonView.Unknown(comment.AuthorId),
            // A hidden comment keeps its place in the conversation; only its author still reads it.
            comment.HiddenAt is not null && comment.AuthorId != viewer ? string.Empty : comment.BodyHtml,
            comment.HiddenAt is not null && comment.AuthorId != viewer ? string.Empty : comment.BodyMarkdown,
            comment.CreatedAt,
            comment.EditedAt,
            comment.DeletedAt is not null,
            comment.Reactions.ToDictionary(),
            mine.GetValueOrDefault(comment.Id),
            comment.ReplyCount,
            replies[comment.Id].Select(View).ToList(),
            comment.HiddenAt is not null,
            comment.HiddenAt is not null && comment.AuthorId == viewer ? ModerationReasons.Describe(comment.HiddenReason) : null);

        return comments.Select(View).ToList();
    }

    /// <summary>The first replies of each comment, in one query.</summary>
    public async Task<ILookup<Guid, Comment>> FirstRepliesAsync(IReadOnlyList<Comment> comments, CancellationToken cancellationToken)
    {
        var withReplies = comments.Where(c => c.ReplyCount > 0).Select(c => c.Id).ToList();
        if (withReplies.Count == 0)
        {
            return Array.Empty<Comment>().ToLookup(c => c.Id);
        }

        var replies = await db.Comments.AsNoTracking()
            .Where(c => c.ParentCommentId != null && withReplies.Contains(c.ParentCommentId.Value))
            .OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
        return replies.GroupBy(r => r.ParentCommentId!.Value).SelectMany(g => g.Take(RepliesShown)).ToLookup(r => r.ParentCommentId!.Value);
    }
}
