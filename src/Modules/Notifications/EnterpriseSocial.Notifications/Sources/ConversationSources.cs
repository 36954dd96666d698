using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;

namespace EnterpriseSocial.Notifications.Sources;

/// <summary>Replies to a person's post or comment, and mentions in comments.</summary>
internal sealed class OnCommentAdded(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<CommentAdded>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(CommentAdded comment, CancellationToken cancellationToken) =>
        Task.FromResult(Drafts(comment));

    public static IReadOnlyList<NotificationDraft> Drafts(CommentAdded comment)
    {
        var drafts = new List<NotificationDraft>
        {
            new(comment.PostAuthorId, NotificationTypes.Reply, $"reply:post:{comment.PostId}", comment.AuthorId, comment.PostId, SpaceId: comment.SpaceId),
        };
        if (comment is { ParentCommentId: { } parent, ParentAuthorId: { } parentAuthor } && parentAuthor != comment.PostAuthorId)
        {
            drafts.Add(new(parentAuthor, NotificationTypes.Reply, $"reply:comment:{parent}", comment.AuthorId, comment.PostId, parent, comment.SpaceId));
        }

        // Someone already told of the reply is not told again that it mentions them.
        drafts.AddRange(comment.Mentions.Where(m => drafts.All(d => d.RecipientId != m)).Select(m => new NotificationDraft(
            m, NotificationTypes.Mention, OnMentionsAdded.Group(comment.PostId, comment.CommentId), comment.AuthorId, comment.PostId, comment.CommentId, comment.SpaceId)));
        return drafts;
    }
}

/// <summary>People whom an edit mentions anew are told as if the text had mentioned them from the start.</summary>
internal sealed class OnMentionsAdded(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<MentionsAdded>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(MentionsAdded added, CancellationToken cancellationToken)
    {
        var group = Group(added.PostId, added.CommentId);
        return Task.FromResult<IReadOnlyList<NotificationDraft>>(added.People.Select(person => new NotificationDraft(
            person, NotificationTypes.Mention, group, added.AuthorId, added.PostId, added.CommentId, added.SpaceId)).ToList());
    }

    /// <summary>One entry per post or comment that mentions the person, whether the mention came with it or with an edit.</summary>
    public static string Group(Guid postId, Guid? commentId) => commentId is { } comment ? $"mention:comment:{comment}" : $"mention:post:{postId}";
}

internal sealed class OnReactionGiven(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<ReactionGiven>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(ReactionGiven reaction, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>([Draft(reaction)]);

    public static NotificationDraft Draft(ReactionGiven reaction) =>
        new(reaction.TargetAuthorId, NotificationTypes.Reaction, $"reaction:{reaction.CommentId ?? reaction.PostId}", reaction.PersonId,
            reaction.PostId, reaction.CommentId, reaction.SpaceId, reaction.Reaction);
}

internal sealed class OnBestAnswerChosen(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<BestAnswerChosen>(db, clock, writer, hints)
{
    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(BestAnswerChosen chosen, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NotificationDraft>>(
        [
            new(chosen.AnswerAuthorId, NotificationTypes.BestAnswer, $"best-answer:{chosen.CommentId}", chosen.QuestionAuthorId,
                chosen.PostId, chosen.CommentId, chosen.SpaceId),
        ]);
}

/// <summary>
/// The outcome of moderation, told to the author. Deleted content is not linked (nobody can open
/// it); hidden content stays visible to its author, who can see why. A direct message is only ever
/// deleted, and named as such: its sender reads "your message", not "your post".
/// </summary>
internal sealed class OnContentModerated(NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints)
    : NotifyingConsumer<ContentModerated>(db, clock, writer, hints)
{
    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.Ordinal)
    {
        ["hidden"] = "hide", ["auto-hidden"] = "hide", ["restored"] = "restore", ["deleted"] = "delete", ["warned"] = "warn",
    };

    protected override Task<IReadOnlyList<NotificationDraft>> DraftsAsync(ContentModerated moderated, CancellationToken cancellationToken)
    {
        if (!Outcomes.TryGetValue(moderated.Action, out var outcome) || moderated.AuthorId == Guid.Empty)
        {
            return Task.FromResult<IReadOnlyList<NotificationDraft>>([]);
        }

        if (moderated.TargetKind == "message" && outcome == "delete")
        {
            outcome = "delete-message";
        }

        var post = moderated.TargetKind == "post" && outcome != "delete" ? moderated.TargetId : (Guid?)null;
        // The comment is named so that its author reads "your comment"; it is not linked, its post unknown here.
        var comment = moderated.TargetKind == "comment" ? moderated.TargetId : (Guid?)null;
        return Task.FromResult<IReadOnlyList<NotificationDraft>>(
        [
            new(moderated.AuthorId, NotificationTypes.Moderation, $"moderation:{moderated.EventId}", null, post, comment,
                moderated.SpaceId, outcome, moderated.Reason),
        ]);
    }
}
