using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
using EnterpriseSocial.SharedKernel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EnterpriseSocial.Profiles.Features.LookupProfiles;

internal sealed record LookupProfilesRequest(IReadOnlyList<Guid>? Ids);

/// <summary>Resolves a batch of people at once, as clients showing authors and mentions need.</summary>
internal static class LookupProfilesEndpoint
{
    public const int MaxIds = 100;

    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/lookup", HandleAsync)
            .WithName("LookupProfiles")
            .WithSummary("Profile summaries for up to 100 ids; unknown ids are left out.");

    private static async Task<Results<Ok<IReadOnlyList<ProfileSummary>>, ValidationProblem>> HandleAsync(
        LookupProfilesRequest request, IProfileDirectory directory, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors()
            .AddIf(request.Ids is null || request.Ids.Count == 0, "ids", Bilingual.Text("ids must list at least one id.", "ids doit contenir au moins un identifiant."))
            .AddIf(request.Ids?.Count > MaxIds, "ids", Bilingual.Text($"ids lists at most {MaxIds} ids.", $"ids contient au plus {MaxIds} identifiants."))
            .AddIf(request.Ids?.Contains(Guid.Empty) == true, "ids", Bilingual.Text("ids cannot contain the empty id.", "ids ne peut pas contenir l'identifiant vide."));
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await directory.GetSummariesAsync(request.Ids!.Distinct().ToList(), cancellationToken));
    }
}
