using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Demo;

internal sealed class DemoCompanySeeder(ProfilesDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 0;

    public Task<bool> HasDataAsync(CancellationToken cancellationToken) => db.Profiles.AnyAsync(cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var person in DemoCompany.Generate())
        {
            db.Profiles.Add(Profile.Create(
                person.Id, person.DisplayName, person.Email, person.JobTitle, person.Department, person.Site,
                person.ManagerId, person.PreferredLanguage, now));
            db.Publish(new ProfileCreated(person.Id, person.DisplayName, person.Department, person.Site, person.ManagerId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
