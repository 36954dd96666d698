using EnterpriseSocial.Infrastructure.Demo;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Demo;

internal sealed class DemoCompanySeeder(ProfilesDbContext db, TimeProvider clock) : IDemoSeeder
{
    private const int FollowedOverDays = 120;

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

        // Followed over the demo's past months rather than all on its first day; the same every start.
        var random = new Random(5);
        foreach (var (follower, followee) in DemoCompany.FollowGraph(people))
        {
            db.Follows.Add(Follow.Create(follower, followee, now.AddDays(-random.Next(1, FollowedOverDays)).AddMinutes(-random.Next(8 * 60))));
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Profiles.ExecuteUpdateAsync(
            profile => profile
                .SetProperty(p => p.FollowerCount, p => db.Follows.Count(f => f.FolloweeId == p.Id))
                .SetProperty(p => p.FollowingCount, p => db.Follows.Count(f => f.FollowerId == p.Id)),
            cancellationToken);
    }
}
