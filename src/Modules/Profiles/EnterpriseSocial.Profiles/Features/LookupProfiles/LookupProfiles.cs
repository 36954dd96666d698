using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.Profiles.Contracts;
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
            .AddIf(request.Ids is null || request.Ids.Count == 0, "ids", "ids must list at least one id.")
            .AddIf(request.Ids?.Count > MaxIds, "ids", $"ids lists at most {MaxIds} ids.")
            .AddIf(request.Ids?.Contains(Guid.Empty) == true, "ids", "ids cannot contain the empty id.");
        if (!errors.IsEmpty)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return TypedResults.Ok(await directory.GetSummariesAsync(request.Ids!.Distinct().ToList(), cancellationToken));
    }
}
