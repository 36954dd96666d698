using EnterpriseSocial.Activity.Data;
using EnterpriseSocial.Activity.Domain;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Spaces.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.Activity.Features.Feeds;

/// <summary>
/// Per-person home timelines: written by fan-out for normal audiences, merged at read time with
/// posts from large audiences, skipped for people who are away and rebuilt when they come back.
/// </summary>
internal sealed class HomeTimeline(
    ActivityDbContext db, IFollowGraph graph, ISpaceRoster spaces, IMemoryCache cache, IOptions<FeedSettings> options, TimeProvider clock)
{
    private const string LargeAudiencesCacheKey = "activity:large-audiences";

    private static readonly TimeSpan ReadMarkInterval = TimeSpan.FromHours(1);

    /// <summary>From this many new entries on, a bulk insert beats tracked entities saved in a batch.</summary>
    private const int BulkFrom = 50;

    private FeedSettings Settings => options.Value;

    public static string SourcesCacheKey(Guid personId) => $"activity:followed:{personId:N}";

    public async Task<FollowedSources> FollowedAsync(Guid personId, CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(SourcesCacheKey(personId), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Rechecks.Spread(Settings.FollowedSourcesCacheDuration);
            return graph.FollowedByAsync(personId, cancellationToken);
        }))!;

    /// <summary>The spaces whose posts reach the person's home: the ones they are a member of.</summary>
    public Task<IReadOnlyList<Guid>> MemberSpacesAsync(Guid personId, CancellationToken cancellationToken) => spaces.SpacesOfAsync(personId, cancellationToken);

    public async Task<LargeAudiences> LargeAudiencesAsync(CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(LargeAudiencesCacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(10);
            var all = await db.LargeAudiences.AsNoTracking().ToListAsync(cancellationToken);
            return new LargeAudiences(
                all.Where(a => a.Kind == AudienceKind.Person).Select(a => Guid.Parse(a.Key)).ToHashSet(),
                all.Where(a => a.Kind == AudienceKind.Topic).Select(a => a.Key).ToHashSet(),
                all.Where(a => a.Kind == AudienceKind.Space).Select(a => Guid.Parse(a.Key)).ToHashSet());
        }) ?? new LargeAudiences([], [], []);

    /// <summary>This node reads the large audiences again at once: one was just recorded here, and its post is merged, not fanned out.</summary>
    public void ForgetLargeAudiences() => cache.Remove(LargeAudiencesCacheKey);

    /// <summary>Marks the person as reading; someone back from a long absence gets their timeline rebuilt first.</summary>
    public async Task EnsureActiveAsync(Guid personId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cacheKey = $"activity:reader:{personId:N}";
        if (cache.TryGetValue(cacheKey, out DateTimeOffset marked) && now - marked < ReadMarkInterval)
        {
            return;
        }

        var reader = await db.FeedReaders.SingleOrDefaultAsync(r => r.PersonId == personId, cancellationToken);
        var wasAway = reader is null || now - reader.LastReadAt > Settings.InactiveAfter;
        if (reader is null)
        {
            db.FeedReaders.Add(reader = new FeedReader { PersonId = personId });
        }

        reader.LastReadAt = now;
        try
        {
            // Marked before rebuilding, so that fan-out of anything published meanwhile already includes this person.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return;
        }

        if (wasAway)
        {
            await RebuildAsync(personId, cancellationToken);
        }

        cache.Set(cacheKey, now, ReadMarkInterval);
    }

    /// <summary>Active readers among the given people: only they receive fan-out.</summary>
    public async Task<List<Guid>> ActiveAmongAsync(IReadOnlyCollection<Guid> people, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - Settings.InactiveAfter;
        var ids = people as List<Guid> ?? people.ToList();
        return await db.FeedReaders.AsNoTracking().Where(r => ids.Contains(r.PersonId) && r.LastReadAt >= since)
            .Select(r => r.PersonId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Adds a post to timelines, leaving alone the ones that already have it. A fan-out to many people
    /// is written in bulk at once; the few entries of a backfill are saved with the handler's changes.
    /// </summary>
    public async Task AddAsync(long postSequence, Guid authorId, IReadOnlyDictionary<Guid, TimelineReason> owners, CancellationToken cancellationToken)
    {
        var ownerIds = owners.Keys.ToList();
        var existing = (await db.Timeline.AsNoTracking().Where(e => e.PostSequence == postSequence && ownerIds.Contains(e.OwnerId))
            .Select(e => e.OwnerId).ToListAsync(cancellationToken)).ToHashSet();
        var entries = owners.Where(o => !existing.Contains(o.Key)).Select(o => new TimelineEntry
        {
            OwnerId = o.Key, PostSequence = postSequence, AuthorId = authorId, Reason = o.Value,
        }).ToList();
        if (entries.Count >= BulkFrom)
        {
            await db.BulkInsertAsync(entries, cancellationToken);
        }
        else
        {
            db.Timeline.AddRange(entries);
        }
    }

    /// <summary>
    /// About one post in <see cref="FeedSettings.TrimEvery"/> trims the timelines it was added to. Called once
    /// the entries are committed, outside the writer's transaction: trimming hundreds of timelines inside it
    /// held every other writer of the embedded default waiting (ADR 0024), and a trim left undone is only a
    /// timeline a little longer until the next one.
    /// </summary>
    public async Task TrimIfDueAsync(long postSequence, IEnumerable<Guid> owners, CancellationToken cancellationToken)
    {
        if (postSequence % Settings.TrimEvery != 0)
        {
            return;
        }

        foreach (var owner in owners)
        {
            await TrimAsync(owner, cancellationToken);
        }
    }

    public async Task TrimAsync(Guid ownerId, CancellationToken cancellationToken)
    {
        var oldestKept = await db.Timeline.Where(e => e.OwnerId == ownerId).OrderByDescending(e => e.PostSequence)
            .Skip(Settings.TimelineLength - 1).Select(e => (long?)e.PostSequence).FirstOrDefaultAsync(cancellationToken);
        if (oldestKept is { } limit)
        {
            await db.Timeline.Where(e => e.OwnerId == ownerId && e.PostSequence < limit).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Fills a timeline with the newest posts of what the person follows now, up to its length. Fan-out and
    /// backfills may write into the same timeline meanwhile, since the person is already marked as reading:
    /// entries already there are kept, and a pass that collides with one of them is retried. Each collision
    /// puts one more of the wanted entries in place, so the passes end.
    /// </summary>
    private async Task RebuildAsync(Guid personId, CancellationToken cancellationToken)
    {
        var wanted = await NewestFollowedAsync(personId, cancellationToken);
        var sequences = wanted.Select(e => e.PostSequence).ToList();
        for (var pass = 0; ; pass++)
        {
            var present = (await db.Timeline.AsNoTracking().Where(e => e.OwnerId == personId && sequences.Contains(e.PostSequence))
                .Select(e => e.PostSequence).ToListAsync(cancellationToken)).ToHashSet();
            db.Timeline.AddRange(wanted.Where(e => !present.Contains(e.PostSequence)));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (Exception collision) when (pass < wanted.Count && Collided(collision))
            {
                db.ChangeTracker.Clear();
            }
        }

        db.ChangeTracker.Clear();
        await TrimAsync(personId, cancellationToken);
    }

    /// <summary>
    /// A save that met another writer of the same entries: a key one just committed, or a deadlock with one
    /// still writing, which PostgreSQL and SQL Server end by failing one of the two (reported through the
    /// provider's execution strategy, which wraps it).
    /// </summary>
    private static bool Collided(Exception exception) => exception is DbUpdateException || exception.InnerException is DbUpdateException;

    private async Task<List<TimelineEntry>> NewestFollowedAsync(Guid personId, CancellationToken cancellationToken)
    {
        var sources = await graph.FollowedByAsync(personId, cancellationToken);
        var large = await LargeAudiencesAsync(cancellationToken);
        var authors = sources.People.Where(p => !large.People.Contains(p)).Append(personId).ToList();
        var topics = sources.Topics.Where(t => !large.Topics.Contains(t)).ToList();
        var memberOf = (await MemberSpacesAsync(personId, cancellationToken)).Where(s => !large.Spaces.Contains(s)).ToList();
        var length = Settings.TimelineLength;

        var entries = new Dictionary<long, TimelineEntry>();
        foreach (var chunk in authors.Chunk(500))
        {
            var posts = await db.Posts.AsNoTracking().Where(p => chunk.Contains(p.AuthorId) && p.DeletedAt == null)
                .OrderByDescending(p => p.Sequence).Take(length).Select(p => new { p.Sequence, p.AuthorId }).ToListAsync(cancellationToken);
            foreach (var post in posts)
            {
                entries[post.Sequence] = new TimelineEntry
                {
                    OwnerId = personId, PostSequence = post.Sequence, AuthorId = post.AuthorId,
                    Reason = post.AuthorId == personId ? TimelineReason.Own : TimelineReason.FollowedPerson,
                };
            }
        }

        foreach (var chunk in topics.Chunk(500))
        {
            var posts = await db.PostTopics.AsNoTracking().Where(t => chunk.Contains(t.Topic))
                .Join(db.Posts.Where(p => p.DeletedAt == null), t => t.PostSequence, p => p.Sequence, (t, p) => new { p.Sequence, p.AuthorId })
                .OrderByDescending(p => p.Sequence).Take(length).ToListAsync(cancellationToken);
            foreach (var post in posts)
            {
                entries.TryAdd(post.Sequence, new TimelineEntry
                {
                    OwnerId = personId, PostSequence = post.Sequence, AuthorId = post.AuthorId, Reason = TimelineReason.FollowedTopic,
                });
            }
        }

        foreach (var chunk in memberOf.Chunk(500))
        {
            var posts = await db.Posts.AsNoTracking().Where(p => p.SpaceId != null && chunk.Contains(p.SpaceId.Value) && p.DeletedAt == null)
                .OrderByDescending(p => p.Sequence).Take(length).Select(p => new { p.Sequence, p.AuthorId }).ToListAsync(cancellationToken);
            foreach (var post in posts)
            {
                entries.TryAdd(post.Sequence, new TimelineEntry
                {
                    OwnerId = personId, PostSequence = post.Sequence, AuthorId = post.AuthorId, Reason = TimelineReason.SpaceMember,
                });
            }
        }

        return entries.Values.OrderByDescending(e => e.PostSequence).Take(length).ToList();
    }
}

/// <summary>Authors, topics and spaces whose posts are merged into home streams when read instead of fanned out.</summary>
internal sealed record LargeAudiences(HashSet<Guid> People, HashSet<string> Topics, HashSet<Guid> Spaces);
