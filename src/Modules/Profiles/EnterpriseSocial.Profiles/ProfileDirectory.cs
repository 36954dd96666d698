using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles;

internal sealed class ProfileDirectory(ProfilesDbContext db) : IProfileDirectory
{
    public async Task<IReadOnlyList<ProfileSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .OrderBy(p => p.DirectoryKey)
            .Select(p => ProfileProjection.ToSummary(p))
            .ToListAsync(cancellationToken);
    }
}
