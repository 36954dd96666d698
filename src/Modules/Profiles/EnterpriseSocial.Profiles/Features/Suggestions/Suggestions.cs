using EnterpriseSocial.Activity.Contracts;
using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.Profiles.Data;
using EnterpriseSocial.Profiles.Domain;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace EnterpriseSocial.Profiles.Features.Suggestions;

/// <summary>Why someone is suggested; the client words it in the reader's language.</summary>
internal static class SuggestionReasons
{
    public const string Manager = "manager";
    public const string DirectReport = "direct_report";
    public const string Interaction = "interaction";
    public const string Teammate = "teammate";
    public const string SameDepartment = "same_department";
}

internal sealed record Suggestion(ProfileSummary Person, string Reason);

/// <summary>
/// Colleagues worth following, closest first: your manager, your reports, the people you talk
/// with in conversations, your team, then your department. Never yourself, never someone you already follow, never a former employee.
/// </summary>
internal static class SuggestionsEndpoint
{
    private const int Count = 12;

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapGet("/me/suggestions", SuggestAsync).WithSummary("Colleagues to follow, each with the reason.");

    private static async Task<Results<Ok<List<Suggestion>>, ProblemHttpResult>> SuggestAsync(
        HttpContext context, ProfilesDbContext db, IInteractionGraph interactions)
    {
        var me = context.User.PersonId();
        var profile = me is null ? null : await db.Profiles.AsNoTracking().SingleOrDefaultAsync(p => p.Id == me, context.RequestAborted);
        if (profile is null)
        {
            return ApiProblems.NotFound(Bilingual.Text("You have no profile yet.", "Vous n'avez pas encore de profil."));
        }

        var contacts = (await interactions.RecentContactsAsync(profile.Id, Count, context.RequestAborted)).ToList();
        var followed = db.Follows.Where(f => f.FollowerId == profile.Id).Select(f => f.FolloweeId);
        var candidates = db.Profiles.AsNoTracking()
            .Where(p => p.Id != profile.Id && !p.IsFormerEmployee && !followed.Contains(p.Id))
            .Where(p => p.Id == profile.ManagerId || p.ManagerId == profile.Id || contacts.Contains(p.Id)
                || (profile.ManagerId != null && p.ManagerId == profile.ManagerId)
                || (profile.Department != string.Empty && p.Department == profile.Department));
        var people = await candidates.OrderBy(p => p.DirectoryKey).Take(200).ToListAsync(context.RequestAborted);

        var suggestions = people
            .Select(p => new Suggestion(ProfileProjection.ToSummary(p), ReasonFor(profile, p, contacts)))
            .OrderBy(s => Rank(s.Reason))
            .Take(Count)
            .ToList();
        return TypedResults.Ok(suggestions);
    }

    private static string ReasonFor(Profile me, Profile other, List<Guid> contacts) =>
        other.Id == me.ManagerId ? SuggestionReasons.Manager
        : other.ManagerId == me.Id ? SuggestionReasons.DirectReport
        : contacts.Contains(other.Id) ? SuggestionReasons.Interaction
        : me.ManagerId is not null && other.ManagerId == me.ManagerId ? SuggestionReasons.Teammate
        : SuggestionReasons.SameDepartment;

    private static int Rank(string reason) => reason switch
    {
        SuggestionReasons.Manager => 0,
        SuggestionReasons.DirectReport => 1,
        SuggestionReasons.Interaction => 2,
        SuggestionReasons.Teammate => 3,
        _ => 4,
    };
}
