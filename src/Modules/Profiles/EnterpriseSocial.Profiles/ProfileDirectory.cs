using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace EnterpriseSocial.Profiles;

/// <summary>
/// Profile summaries as other modules read them: every stream page asks for its authors, so they are
/// cached per node. This module evicts a person's summary when it changes their profile; another
/// node sees the change when its copy expires.
/// </summary>
internal sealed class ProfileSummaryCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public bool TryGet(Guid id, out ProfileSummary? summary) => cache.TryGetValue(Key(id), out summary);

    public void Set(ProfileSummary summary) => cache.Set(Key(summary.Id), summary, Lifetime);

    public void Evict(Guid id) => cache.Remove(Key(id));

    private static string Key(Guid id) => $"profiles:summary:{id:N}";
}

internal sealed class ProfileDirectory(ProfilesDbContext db, ProfileSummaryCache cache) : IProfileDirectory
{
    public async Task<IReadOnlyList<ProfileSummary>> GetSummariesAsync(
        IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var found = new List<ProfileSummary>(ids.Count);
        var missing = new List<Guid>();
        foreach (var id in ids.Distinct())
        {
            if (cache.TryGet(id, out var summary))
            {
                found.Add(summary!);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var loaded = await db.Profiles.AsNoTracking()
                .Where(p => missing.Contains(p.Id))
                .Select(p => ProfileProjection.ToSummary(p))
                .ToListAsync(cancellationToken);
            loaded.ForEach(cache.Set);
            found.AddRange(loaded);
        }

        return found.OrderBy(p => TextFolding.Fold(p.DisplayName), StringComparer.Ordinal).ThenBy(p => p.Id).ToList();
    }
}
