using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles;

internal sealed class PeopleRoster(ProfilesDbContext db) : IPeopleRoster
{
    public async Task<CursorPage<PersonContact>> ListAsync(string? cursor, int limit, CancellationToken cancellationToken)
    {
        var people = db.Profiles.AsNoTracking();
        if (Cursor.TryDecode(cursor, out var afterKey))
        {
            people = people.Where(p => p.DirectoryKey.CompareTo(afterKey) > 0);
        }

        var rows = await people.OrderBy(p => p.DirectoryKey).Take(limit + 1)
            .Select(p => new { p.DirectoryKey, Contact = new PersonContact(p.Id, p.Email, p.DisplayName, p.JobTitle) })
            .ToListAsync(cancellationToken);
        var page = rows.Take(limit).ToList();
        return new CursorPage<PersonContact>(
            page.Select(r => r.Contact).ToList(),
            rows.Count > limit ? Cursor.Encode(page[^1].DirectoryKey) : null);
    }

    public async Task<IReadOnlyList<Guid>> InDepartmentAsync(string department, int limit, CancellationToken cancellationToken) =>
        await db.Profiles.AsNoTracking().Where(p => p.Department == department && !p.IsFormerEmployee)
            .OrderBy(p => p.DirectoryKey).Take(limit).Select(p => p.Id).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PersonContact>> ContactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Profiles.AsNoTracking().Where(p => wanted.Contains(p.Id) && !p.IsFormerEmployee)
                .Select(p => new PersonContact(p.Id, p.Email, p.DisplayName, p.JobTitle)).ToListAsync(cancellationToken);
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Profiles.CountAsync(p => !p.IsFormerEmployee, cancellationToken);
}
