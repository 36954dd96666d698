using EnterpriseSocial.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EnterpriseSocial.Recognition.Features.Achievements;

internal sealed record RecomputeView(int Awarded);

/// <summary>Re-evaluates every achievement rule over the whole history, after a rule changed; awards only what is missing.</summary>
internal static class RecomputeEndpoint
{
    public static void Map(IEndpointRouteBuilder group) =>
        group.MapPost("/achievements/recompute", async (AchievementEvaluator evaluator, HttpContext context) =>
                TypedResults.Ok(new RecomputeView(await evaluator.RecomputeAsync(context.RequestAborted))))
            .RequireAuthorization(Capabilities.AdministerAccounts)
            .WithSummary("Recomputes achievements from history; running it twice awards nothing the second time.");
}
