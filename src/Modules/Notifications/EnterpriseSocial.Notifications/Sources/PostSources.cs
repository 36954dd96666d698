using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Notifications.Contracts;
using EnterpriseSocial.Notifications.Data;
using EnterpriseSocial.Notifications.Delivery;
using EnterpriseSocial.Notifications.Domain;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;

namespace EnterpriseSocial.Notifications.Sources;

/// <summary>
/// People mentioned in a post, and the audience of an announcement: its space's members, or
/// everyone in the company. Whoever may not read the post is left out by the writer.
/// </summary>
internal sealed class OnPostPublished(
    NotificationsDbContext db, TimeProvider clock, NotificationWriter writer, NotificationHints hints, ISpaceRoster spaces, IPeopleRoster people)
    : NotifyingConsumer<PostPublished>(db, clock, writer, hints)
{
    private const int Page = 1000;

    /// <summary>Most posts mention nobody and announce nothing: nobody is notified of them.</summary>
    protected override bool Concerns(PostPublished post) => post.Mentions.Count > 0 || post.IsAnnouncement;

    protected override async Task<IReadOnlyList<NotificationDraft>> DraftsAsync(PostPublished post, CancellationToken cancellationToken)
    {
        var drafts = MentionDrafts(post);
        if (!post.IsAnnouncement)
        {
            return drafts;
        }

        var detail = post.MustRead ? "must-read" : null;
        foreach (var person in await AudienceAsync(post.SpaceId, cancellationToken))
        {
            drafts.Add(new(person, NotificationTypes.Announcement, $"announcement:{post.PostId}", post.AuthorId, post.PostId, SpaceId: post.SpaceId, Detail: detail));
        }

        return drafts;
    }

    public static List<NotificationDraft> MentionDrafts(PostPublished post) =>
        post.Mentions.Select(m => new NotificationDraft(
            m, NotificationTypes.Mention, OnMentionsAdded.Group(post.PostId, null), post.AuthorId, post.PostId, SpaceId: post.SpaceId)).ToList();

    private async Task<List<Guid>> AudienceAsync(Guid? spaceId, CancellationToken cancellationToken)
    {
        var audience = new List<Guid>();
        string? cursor = null;
        do
        {
            if (spaceId is { } space)
            {
                var members = await spaces.MembersAsync(space, cursor, Page, cancellationToken);
                audience.AddRange(members.Items);
                cursor = members.NextCursor;
            }
            else
            {
                var everyone = await people.ListAsync(cursor, Page, cancellationToken);
                audience.AddRange(everyone.Items.Select(p => p.Id));
                cursor = everyone.NextCursor;
            }
        }
        while (cursor is not null);
        return audience;
    }
}
