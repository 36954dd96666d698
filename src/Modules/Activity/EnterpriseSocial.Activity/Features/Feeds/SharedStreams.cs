using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>A stream merged into home streams when read: how to read its newest posts below a sequence.</summary>
internal sealed record SharedSource(string Key, Func<long, int, IQueryable<long>> Newest);

/// <summary>
/// The newest posts of each large audience (a widely followed person, the praise they receive, a topic,
/// a space) and of company-wide announcements, kept by each node for all of their readers, so that
/// merging them into a home stream reads no table (ADR 0030). A node reads a list again once it is
/// <see cref="FeedSettings.SharedStreamRefresh"/> old, and at once when its own fan-out handles a post
/// that belongs to it; the requests that find a list expired share one read of it. The lists hold
/// sequences only: every post is still loaded through the access check, which leaves out what was
/// deleted, hidden or made unreadable since.
/// </summary>
internal sealed class SharedStreams(ActivityDbContext db, IMemoryCache cache, IOptions<FeedSettings> options)
{
    private const string AnnouncementsKey = "activity:shared:announcements";

    public SharedSource Author(Guid personId) => new(AuthorKey(personId),
        (below, take) => Newest(db.Posts.Where(p => p.AuthorId == personId), below, take));

    /// <summary>Praise of a widely followed person reaches their followers too.</summary>
    public SharedSource PraiseOf(Guid personId) => new(PraiseKey(personId),
        (below, take) => db.PostMentions.Where(m => m.PersonId == personId && m.PostSequence < below)
            .Join(db.Posts.Where(p => p.Kind == PostKind.Praise && p.DeletedAt == null), m => m.PostSequence, p => p.Sequence, (m, p) => p.Sequence)
            .OrderByDescending(sequence => sequence).Take(take));

    public SharedSource Topic(string topic) => new(TopicKey(topic),
        (below, take) => db.PostTopics.Where(t => t.Topic == topic && t.PostSequence < below)
            .OrderByDescending(t => t.PostSequence).Take(take).Select(t => t.PostSequence));

    public SharedSource Space(Guid spaceId) => new(SpaceKey(spaceId),
        (below, take) => Newest(db.Posts.Where(p => p.SpaceId == spaceId), below, take));

    /// <summary>Company-wide announcements reach everyone: merged when read, never fanned out.</summary>
    public SharedSource Announcements() => new(AnnouncementsKey,
        (below, take) => Newest(db.Posts.Where(p => p.Kind == PostKind.Announcement && p.SpaceId == null), below, take));

    /// <summary>
    /// The stream's newest <paramref name="take"/> posts below <paramref name="below"/> from this node's
    /// list, or null when the list does not reach that far back: the caller then reads the stream itself.
    /// </summary>
    public async Task<IReadOnlyList<long>?> NewestAsync(SharedSource source, long below, int take, CancellationToken cancellationToken)
    {
        var length = options.Value.SharedStreamLength;
        // The read itself is kept, not only its answer: the requests that find the list expired while
        // it is being read again wait for that one read instead of each reading the list.
        var readHere = false;
        var reading = cache.GetOrCreate(source.Key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = options.Value.SharedStreamRefresh;
            readHere = true;
            // Not this caller's token: others wait for the read, which takes a millisecond.
            return source.Newest(long.MaxValue, length).ToArrayAsync(CancellationToken.None);
        })!;
        long[] kept;
        try
        {
            // The reader waits to the end, its context being the one reading; the others may give up.
            kept = await (readHere ? reading : reading.WaitAsync(cancellationToken));
        }
        catch (Exception) when (reading.IsFaulted)
        {
            // A failed read is not kept for the next requests: they read the list again.
            cache.Remove(source.Key);
            throw;
        }

        var found = kept.Where(sequence => sequence < below).Take(take).ToList();
        // The list holds every post of the stream down to its last one; below that, only a short list is the whole stream.
        return found.Count == take || kept.Length < length ? found : null;
    }

    /// <summary>Forgets the lists a new post belongs to, so that this node's next reads include it.</summary>
    public void Forget(PostPublished published)
    {
        cache.Remove(AuthorKey(published.AuthorId));
        foreach (var praised in published.PraisedPeople ?? [])
        {
            cache.Remove(PraiseKey(praised));
        }

        ForgetTopics(published.Topics);
        if (published.SpaceId is { } spaceId)
        {
            cache.Remove(SpaceKey(spaceId));
        }
        else if (published.IsAnnouncement)
        {
            cache.Remove(AnnouncementsKey);
        }
    }

    /// <summary>Forgets the topics' lists, so that this node's next reads include a post just tagged with them.</summary>
    public void ForgetTopics(IEnumerable<string> topics)
    {
        foreach (var topic in topics)
        {
            cache.Remove(TopicKey(topic));
        }
    }

    private static string AuthorKey(Guid personId) => $"activity:shared:author:{personId:N}";

    private static string PraiseKey(Guid personId) => $"activity:shared:praise:{personId:N}";

    private static string TopicKey(string topic) => $"activity:shared:topic:{topic}";

    private static string SpaceKey(Guid spaceId) => $"activity:shared:space:{spaceId:N}";

    private static IQueryable<long> Newest(IQueryable<Post> posts, long below, int take) =>
        posts.Where(p => p.DeletedAt == null && p.Sequence < below).OrderByDescending(p => p.Sequence).Take(take).Select(p => p.Sequence);
}
