using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.GetProfile;

internal sealed record ProfileDetails(
    Guid Id,
    string DisplayName,
    string Email,
    string JobTitle,
    string Department,
    string Site,
    string PreferredLanguage,
    bool IsFormerEmployee,
    int FollowerCount,
    int FollowingCount,
    bool FollowedByMe,
    int AvatarVersion,
    string Phone,
    string Pronouns,
    string BioHtml,
    string BioMarkdown,
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> AskMeAbout,
    ProfileSummary? Manager,
    IReadOnlyList<ProfileSummary> DirectReports);

internal sealed record GetProfileQuery(Guid Id, Guid? Viewer) : IQuery<ProfileDetails?>;

internal static class GetProfileEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/{id:guid}", HandleAsync)
            .WithName("GetProfile")
            .WithSummary("A person's profile with their manager and direct reports.");

    private static async Task<Results<Ok<ProfileDetails>, ProblemHttpResult>> HandleAsync(
        Guid id, ISender sender, HttpContext context, CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetProfileQuery(id, context.User.PersonId()), cancellationToken);
        return profile is null
            ? ApiProblems.NotFound(Bilingual.Text("No such profile.", "Ce profil n'existe pas."))
            : TypedResults.Ok(profile);
    }
}

internal sealed class GetProfileHandler(ProfilesDbContext db) : IQueryHandler<GetProfileQuery, ProfileDetails?>
{
    private const int MaxDirectReports = 200;

    public async ValueTask<ProfileDetails?> Handle(GetProfileQuery query, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var manager = profile.ManagerId is { } managerId
            ? await db.Profiles.AsNoTracking().Where(p => p.Id == managerId)
                .Select(p => ProfileProjection.ToSummary(p)).SingleOrDefaultAsync(cancellationToken)
            : null;
        var reports = await db.Profiles.AsNoTracking()
            .Where(p => p.ManagerId == profile.Id)
            .OrderBy(p => p.DirectoryKey)
            .Take(MaxDirectReports)
            .Select(p => ProfileProjection.ToSummary(p))
            .ToListAsync(cancellationToken);

        var followedByMe = query.Viewer is { } viewer
            && await db.Follows.AnyAsync(f => f.FollowerId == viewer && f.FolloweeId == profile.Id, cancellationToken);

        return new ProfileDetails(
            profile.Id, profile.DisplayName, profile.Email, profile.JobTitle, profile.Department,
            profile.Site, profile.PreferredLanguage, profile.IsFormerEmployee, profile.FollowerCount, profile.FollowingCount,
            followedByMe, profile.AvatarVersion, profile.Phone, profile.Pronouns, profile.BioHtml, profile.BioMarkdown, profile.Languages, profile.Skills, profile.AskMeAbout,
            manager, reports);
    }
}
