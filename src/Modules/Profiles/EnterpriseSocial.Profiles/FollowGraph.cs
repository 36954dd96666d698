using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Features.Following;
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
        if (Infrastructure.Http.Cursor.TryDecode(cursor, out var decoded) && long.TryParse(decoded, out var before))
        {
            followers = followers.Where(f => f.Sequence < before);
        }

        var rows = await followers.OrderByDescending(f => f.Sequence).Take(limit + 1)
            .Select(f => new { f.Sequence, f.FollowerId }).ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CursorPage<Guid>(
            page.Select(r => r.FollowerId).ToList(), rows.Count > limit ? SequenceCursor.Encode(page[^1].Sequence) : null);
    }
}
