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
        var people = DemoCompany.Generate();
        foreach (var person in people)
        {
            var profile = Profile.Create(
                person.Id, person.DisplayName, person.Email, person.JobTitle, person.Department, person.Site,
                person.ManagerId, person.PreferredLanguage, now);
            profile.Edit(new ProfileEdit(
                Skills: DemoCompany.SkillsOf(person),
                Languages: person.PreferredLanguage == "fr" ? ["Français", "English"] : ["English"]));
            db.Profiles.Add(profile);
            db.Publish(new ProfileCreated(person.Id, person.DisplayName, person.Department, person.Site, person.ManagerId));
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var (follower, followee) in DemoCompany.FollowGraph(people))
        {
            db.Follows.Add(Follow.Create(follower, followee, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Profiles.ExecuteUpdateAsync(
            profile => profile
                .SetProperty(p => p.FollowerCount, p => db.Follows.Count(f => f.FolloweeId == p.Id))
                .SetProperty(p => p.FollowingCount, p => db.Follows.Count(f => f.FollowerId == p.Id)),
            cancellationToken);
    }
}
