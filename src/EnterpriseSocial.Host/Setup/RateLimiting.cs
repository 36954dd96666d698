using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A per-client ceiling on every request; modules add named policies of their own (sign-in,
/// posting) on top. A refusal is a 429 problem document with <c>Retry-After</c>.
/// </summary>
internal static class RateLimiting
{
    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:PermitsPerMinute", 1200);
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimits.PerClient(context, permitsPerMinute));
            options.OnRejected = WriteProblemAsync;
        });
    }

    private static async ValueTask WriteProblemAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay)
            ? (int)Math.Ceiling(delay.TotalSeconds)
            : 60;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        // Requests are refused before the language middleware, which hub connections never reach.
        Bilingual.Use(RequestLanguage.Of(context.Request));
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = Bilingual.Text($"Too many requests; try again in {retryAfter} seconds.", $"Trop de requêtes ; réessayez dans {retryAfter} secondes."),
            },
        });
    }
}
