using EnterpriseSocial.Activity.Access;
using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>The space a post was written in, so that readers see where it belongs.</summary>
internal sealed record SpaceRef(Guid Id, string Name);

internal sealed record PersonView(Guid Id, string DisplayName, string JobTitle, int AvatarVersion, bool IsFormerEmployee)
{
    public static PersonView Of(ProfileSummary person) => new(person.Id, person.DisplayName, person.JobTitle, person.AvatarVersion, person.IsFormerEmployee);

    /// <summary>Someone the directory no longer knows, shown without a name as a former employee.</summary>
    public static PersonView Unknown(Guid id) => new(id, string.Empty, string.Empty, 0, true);
}

internal sealed record PostView(
    Guid Id,
    string Kind,
    PersonView Author,
    string BodyHtml,
    string BodyMarkdown,
    DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt,
    bool Deleted,
    IReadOnlyList<string> Topics,
    IReadOnlyList<PersonView> Mentions,
    PostView? SharedPost,
    int CommentCount,
    Dictionary<string, int> Reactions,
    string? MyReaction,
    bool Saved,
    IReadOnlyList<AttachmentView> Attachments,
    PollView? Poll,
    Guid? BestAnswerId,
    AnnouncementView? Announcement,
    SpaceRef? Space = null,
    string? HiddenReason = null,
    bool Pinned = false,
    Guid? PraiseId = null);

/// <summary>Builds what the API shows for a page of posts, with a fixed number of queries whatever the page size.</summary>
internal sealed class PostViews(ActivityDbContext db, PostAccess access, PostParts parts, IProfileDirectory directory, KindViews kinds, ISpaceAccess spaces)
{
    public async Task<IReadOnlyList<PostView>> BuildAsync(Guid viewer, IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var sharedIds = posts.Where(p => p.SharedPostId is not null).Select(p => p.SharedPostId!.Value).Distinct().ToList();
        var shared = sharedIds.Count == 0
            ? new Dictionary<Guid, Post>()
            : (await LoadByIdsAsync(viewer, sharedIds, cancellationToken)).ToDictionary(p => p.Id);
        var all = posts.Concat(shared.Values).ToList();

        var peopleIds = all.Select(p => p.AuthorId).Concat(all.SelectMany(p => p.Mentions.Select(m => m.PersonId))).Distinct().ToList();
        var people = (await directory.GetSummariesAsync(peopleIds, cancellationToken)).ToDictionary(p => p.Id, PersonView.Of);
        var attachments = await parts.AttachmentsAsync(all, cancellationToken);
        var marks = await ViewerMarks.ReadAsync(db, viewer, all.Select(p => p.Id).ToList(), cancellationToken);

        var kindsLoaded = await kinds.LoadAsync(viewer, all, marks, cancellationToken);
        var spaceNames = await spaces.NamesAsync(all.Where(p => p.SpaceId is not null).Select(p => p.SpaceId!.Value).ToList(), cancellationToken);

        PostView View(Post post, bool nested) => new(
            post.Id,
            PostKinds.Name(post.Kind),
            people.GetValueOrDefault(post.AuthorId) ?? PersonView.Unknown(post.AuthorId),
            post.BodyHtml,
            post.BodyMarkdown,
            post.CreatedAt,
            post.EditedAt,
            post.IsDeleted,
            post.Topics.Select(t => t.Topic).ToList(),
            post.Mentions.Select(m => people.GetValueOrDefault(m.PersonId)).OfType<PersonView>().ToList(),
            !nested && post.SharedPostId is { } sharedId && shared.TryGetValue(sharedId, out var original) ? View(original, nested: true) : null,
            post.CommentCount,
            post.Reactions.ToDictionary(),
            marks.Reactions.GetValueOrDefault(post.Id),
            marks.Saved.Contains(post.Id),
            attachments[post.Id],
            kinds.Poll(post, viewer, kindsLoaded),
            post.BestAnswerId,
            KindViews.Announcement(post, viewer, kindsLoaded),
            post.SpaceId is { } spaceId && spaceNames.TryGetValue(spaceId, out var spaceName) ? new SpaceRef(spaceId, spaceName) : null,
            post.HiddenAt is null ? null : ModerationReasons.Describe(post.HiddenReason),
            post.PinnedAt is not null,
            post.PraiseId);

        return posts.Select(p => View(p, nested: false)).ToList();
    }

    public async Task<List<Post>> LoadByIdsAsync(Guid viewer, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await parts.FillAsync(
            await (await access.VisibleAsync(viewer, cancellationToken)).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Loads posts by sequence in the given order, through the access check.</summary>
    public async Task<List<Post>> LoadAsync(Guid viewer, IReadOnlyCollection<long> sequences, CancellationToken cancellationToken)
    {
        var rows = (await parts.FillAsync(await access.BySequenceAsync(viewer, sequences, cancellationToken), cancellationToken))
            .ToDictionary(p => p.Sequence);
        return sequences.Where(rows.ContainsKey).Select(s => rows[s]).ToList();
    }
}
