
namespace EnterpriseSocial.Host.Setup;

/// <summary>Every error is an RFC 9457 problem document, and none carries a stack trace.</summary>
internal static class Problems
{
    public static IServiceCollection AddProblems(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] =
                System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            // The framework adds exception details in Development; a problem document never shows them.
            context.ProblemDetails.Extensions.Remove("exception");
            if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail = "An unexpected error occurred. Quote the trace id when reporting it.";
            }
        });

    /// <summary>An unknown route under the API answers a problem document, not the web client.</summary>
    public static IEndpointRouteBuilder MapUnknownApiRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/{**path}", () => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not Found",
            detail: "There is no such API route.")).AllowAnonymous();
        return endpoints;
    }
}
