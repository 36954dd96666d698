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

    public async Task<CursorPage<Guid>> FollowersAsync(Guid personId, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var followers = db.Follows.Where(f => f.FolloweeId == personId);
        if (Before(cursor) is { } before)
        {
            followers = followers.Where(f => f.Sequence < before);
        }

        var rows = await followers.OrderByDescending(f => f.Sequence).Take(limit + 1)
            .Select(f => new { f.Sequence, f.FollowerId }).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CursorPage<Guid>(
            page.Select(r => r.FollowerId).ToList(), rows.Count > limit ? SequenceCursor.Encode(page[^1].Sequence) : null);
    }

    public Task<int> FollowerCountAsync(Guid personId, CancellationToken cancellationToken) =>
        db.Profiles.Where(p => p.Id == personId).Select(p => p.FollowerCount).SingleOrDefaultAsync(cancellationToken);

    public async Task<CursorPage<Guid>> TopicFollowersAsync(string topic, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var followers = db.TopicFollows.Where(f => f.Topic == topic);
        if (Before(cursor) is { } before)
        {
            followers = followers.Where(f => f.Sequence < before);
        }

        var rows = await followers.OrderByDescending(f => f.Sequence).Take(limit + 1)
            .Select(f => new { f.Sequence, f.FollowerId }).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CursorPage<Guid>(
            page.Select(r => r.FollowerId).ToList(), rows.Count > limit ? SequenceCursor.Encode(page[^1].Sequence) : null);
    }

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

    private static long? Before(string? cursor) =>
        Cursor.TryDecode(cursor, out var decoded) && long.TryParse(decoded, out var before) ? before : null;
}
