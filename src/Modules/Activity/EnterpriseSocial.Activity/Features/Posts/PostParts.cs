using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Activity.Features.Attachments;
using EnterpriseSocial.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EnterpriseSocial.Activity.Features.Posts;

/// <summary>
/// A page of posts' topics, mentions, attachments and poll options. What a post's text brought with
/// it (topics, mentions, attachments) changes only when the post is edited or deleted, so each node
/// keeps it per edition of the post and reads it once for all readers (ADR 0031), in one statement for
/// the topics and mentions of a page instead of one per table. Poll options carry live vote counts:
/// they are read on every request, for the polls of the page only. Every new post is read here once
/// per node, first by its own `POST`, so the statements are translated once (ADR 0033).
/// </summary>
internal sealed class PostParts(ActivityDbContext db, IMemoryCache cache)
{
    private static readonly TimeSpan KeptWhileRead = TimeSpan.FromMinutes(10);

    private static readonly CompiledPerModel<Func<ActivityDbContext, List<long>, IAsyncEnumerable<PollOption>>> PollOptionsOf = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, List<long> sequences) =>
            db.PollOptions.AsNoTracking().Where(o => sequences.Contains(o.PostSequence))));

    private static readonly CompiledPerModel<Func<ActivityDbContext, List<long>, IAsyncEnumerable<Part>>> TopicsAndMentionsOf = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, List<long> sequences) =>
            db.PostTopics.Where(t => sequences.Contains(t.PostSequence))
                .Select(t => new { t.PostSequence, IsTopic = true, t.Topic, PersonId = Guid.Empty })
            .Concat(db.PostMentions.Where(m => sequences.Contains(m.PostSequence))
                .Select(m => new { m.PostSequence, IsTopic = false, Topic = string.Empty, m.PersonId }))
            .AsNoTracking()
            .Select(row => new Part(row.PostSequence, row.IsTopic, row.Topic, row.PersonId))));

    private static readonly CompiledPerModel<Func<ActivityDbContext, List<Guid>, IAsyncEnumerable<Attachment>>> AttachmentsOf = new(() =>
        EF.CompileAsyncQuery((ActivityDbContext db, List<Guid> postIds) =>
            db.Attachments.AsNoTracking().Where(a => a.PostId != null && postIds.Contains(a.PostId.Value))));

    /// <summary>Fills the parts of posts read without tracking and without includes.</summary>
    public async Task<List<Post>> FillAsync(List<Post> posts, CancellationToken cancellationToken)
    {
        var extras = await ExtrasAsync(posts, cancellationToken);
        foreach (var post in posts)
        {
            var extra = extras[post.Sequence];
            post.Topics.AddRange(extra.Topics.Select(topic => new PostTopic { PostSequence = post.Sequence, Topic = topic }));
            post.Mentions.AddRange(extra.Mentions.Select(person => new PostMention { PostSequence = post.Sequence, PersonId = person }));
        }

        var polls = posts.Where(p => p.Kind == PostKind.Poll).ToDictionary(p => p.Sequence);
        if (polls.Count > 0)
        {
            var sequences = polls.Keys.ToList();
            foreach (var option in await PollOptionsOf.For(db)(db, sequences).ToListAsync(cancellationToken))
            {
                polls[option.PostSequence].PollOptions.Add(option);
            }
        }

        return posts;
    }

    /// <summary>Each post's attachments in the order they were attached; none for a deleted post.</summary>
    public async Task<Dictionary<Guid, IReadOnlyList<AttachmentView>>> AttachmentsAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var extras = await ExtrasAsync(posts, cancellationToken);
        return posts.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.IsDeleted ? [] : extras[p.Sequence].Attachments);
    }

    private async Task<Dictionary<long, Extras>> ExtrasAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken)
    {
        var found = new Dictionary<long, Extras>();
        var missing = new List<Post>();
        foreach (var post in posts.DistinctBy(p => p.Sequence))
        {
            if (cache.TryGetValue(Edition.Of(post), out Extras? extras))
            {
                found[post.Sequence] = extras!;
            }
            else
            {
                missing.Add(post);
            }
        }

        if (missing.Count == 0)
        {
            return found;
        }

        var sequences = missing.Select(p => p.Sequence).ToList();
        var ids = missing.Select(p => p.Id).ToList();
        var rows = (await TopicsAndMentionsOf.For(db)(db, sequences).ToListAsync(cancellationToken)).ToLookup(r => r.PostSequence);
        var attachments = (await AttachmentsOf.For(db)(db, ids).ToListAsync(cancellationToken))
            .OrderBy(a => a.CreatedAt).ToLookup(a => a.PostId!.Value, AttachmentView.Of);
        foreach (var post in missing)
        {
            var parts = rows[post.Sequence].ToList();
            var extras = new Extras(
                parts.Where(r => r.IsTopic).Select(r => r.Topic).ToList(),
                parts.Where(r => !r.IsTopic).Select(r => r.PersonId).ToList(),
                attachments[post.Id].ToList());
            cache.Set(Edition.Of(post), extras, new MemoryCacheEntryOptions { SlidingExpiration = KeptWhileRead });
            found[post.Sequence] = extras;
        }

        return found;
    }

    private sealed record Part(long PostSequence, bool IsTopic, string Topic, Guid PersonId);

    private sealed record Extras(IReadOnlyList<string> Topics, IReadOnlyList<Guid> Mentions, IReadOnlyList<AttachmentView> Attachments);

    /// <summary>A post as last edited: an edit or the deletion makes a new edition, read afresh.</summary>
    private readonly record struct Edition(long Sequence, long EditedTicks, bool Deleted)
    {
        public static Edition Of(Post post) => new(post.Sequence, post.EditedAt?.UtcTicks ?? 0, post.DeletedAt is not null);
    }
}
