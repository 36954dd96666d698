using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles;

internal sealed class FollowGraph(ProfilesDbContext db) : IFollowGraph
{
    public Task<bool> FollowsAsync(Guid followerId, Guid followeeId, CancellationToken cancellationToken) =>
        db.Follows.AnyAsync(f => f.FollowerId == followerId && f.FolloweeId == followeeId, cancellationToken);

    public Task<bool> FollowsTopicAsync(Guid followerId, string topic, CancellationToken cancellationToken) =>
        db.TopicFollows.AnyAsync(f => f.FollowerId == followerId && f.Topic == topic, cancellationToken);

    public Task<CursorPage<Guid>> FollowersAsync(Guid personId, string? cursor, int limit, CancellationToken cancellationToken) =>
        PageAsync(db.Follows.Where(f => f.FolloweeId == personId).Select(f => new FollowerRow { Sequence = f.Sequence, FollowerId = f.FollowerId }),
            cursor, limit, cancellationToken);

    public Task<int> FollowerCountAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Profiles.Where(p => p.Id == personId).Select(p => p.FollowerCount).SingleOrDefaultAsync(cancellationToken);

    public Task<CursorPage<Guid>> TopicFollowersAsync(string topic, string? cursor, int limit, CancellationToken cancellationToken) =>
        PageAsync(db.TopicFollows.Where(f => f.Topic == topic).Select(f => new FollowerRow { Sequence = f.Sequence, FollowerId = f.FollowerId }),
            cursor, limit, cancellationToken);

    public Task<int> TopicFollowerCountAsync(string topic, CancellationToken cancellationToken) =>
        db.TopicFollows.CountAsync(f => f.Topic == topic, cancellationToken);

    public async Task<FollowedSources> FollowedByAsync(Guid personId, CancellationToken cancellationToken)
    {
        var people = await db.Follows.Where(f => f.FollowerId == personId).OrderByDescending(f => f.Sequence)
            .Take(FollowedSources.Limit).Select(f => f.FolloweeId).ToListAsync(cancellationToken);
        var topics = await db.TopicFollows.Where(f => f.FollowerId == personId).OrderByDescending(f => f.Sequence)
            .Take(FollowedSources.Limit).Select(f => f.Topic).ToListAsync(cancellationToken);
        return new FollowedSources(people, topics);
    }

    /// <summary>Followers newest first, from the follow row's sequence in the cursor.</summary>
    private static async Task<CursorPage<Guid>> PageAsync(IQueryable<FollowerRow> followers, string? cursor, int limit, CancellationToken cancellationToken)
    {
        if (Cursor.TryDecode(cursor, out var decoded) && long.TryParse(decoded, out var before))
        {
            followers = followers.Where(f => f.Sequence < before);
        }

        var rows = await followers.OrderByDescending(f => f.Sequence).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CursorPage<Guid>(
            page.Select(r => r.FollowerId).ToList(), rows.Count > limit ? SequenceCursor.Encode(page[^1].Sequence) : null);
    }

    private sealed class FollowerRow
    {
        public long Sequence { get; init; }

        public Guid FollowerId { get; init; }
    }
}
