using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.SharedKernel;

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
            // The exception handler answers outside the request's language middleware: ask the request again.
            var french = RequestLanguage.Of(context.HttpContext.Request) == "fr";
            if (context.Exception.IsWriteCollision())
            {
                context.ProblemDetails.Detail = french
                    ? "Cette modification en a croisé une autre au même moment. Réessayez."
                    : "This change met another one made at the same moment. Try again.";
            }
            else if (context.ProblemDetails.Status == StatusCodes.Status500InternalServerError)
            {
                context.ProblemDetails.Detail = french
                    ? "Une erreur inattendue s'est produite. Citez l'identifiant de trace en la signalant."
                    : "An unexpected error occurred. Quote the trace id when reporting it.";
            }

            if (french && context.ProblemDetails.Title is { } title && FrenchTitles.TryGetValue(title, out var translated))
            {
                context.ProblemDetails.Title = translated;
            }
        });

    /// <summary>The status of a request that failed with an exception: a conflict for a write collision, an error otherwise.</summary>
    public static int StatusOf(Exception exception) =>
        exception.IsWriteCollision() ? StatusCodes.Status409Conflict : StatusCodes.Status500InternalServerError;

    /// <summary>The standard titles the framework and <c>ApiProblems</c> give; an endpoint's own title is its own.</summary>
    private static readonly Dictionary<string, string> FrenchTitles = new(StringComparer.Ordinal)
    {
        ["Bad Request"] = "Requête invalide",
        ["One or more validation errors occurred."] = "La requête contient des erreurs.",
        ["Unauthorized"] = "Authentification requise",
        ["Forbidden"] = "Accès refusé",
        ["Not Found"] = "Introuvable",
        ["Method Not Allowed"] = "Méthode non autorisée",
        ["Conflict"] = "Conflit",
        ["Payload Too Large"] = "Contenu trop volumineux",
        ["Unsupported Media Type"] = "Type de contenu non pris en charge",
        ["Unprocessable Entity"] = "Requête impossible à traiter",
        ["Too Many Requests"] = "Trop de requêtes",
        ["An error occurred while processing your request."] = "Une erreur s'est produite pendant le traitement de la requête.",
    };

    /// <summary>An unknown route under the API answers a problem document, not the web client.</summary>
    public static IEndpointRouteBuilder MapUnknownApiRoutes(this IEndpointRouteBuilder endpoints)
    {
        endpoints.Map("/api/{**path}", () => TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Not Found",
            detail: Bilingual.Text("There is no such API route.", "Cette route de l'API n'existe pas."))).AllowAnonymous();
        return endpoints;
    }
}
