using EnterpriseSocial.Infrastructure.Http;
using EnterpriseSocial.SharedKernel;
using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// A per-client ceiling on every request, and a node-wide ceiling on the requests worked on at once
/// (ADR 0036): the others wait their turn, first come first served. File transfers take turns of
/// their own, so that slow links cannot hold every turn (ADR 0038). Modules add named policies of
/// their own (sign-in, posting) on top. A refusal is a 429 problem document with <c>Retry-After</c>.
/// </summary>
internal static class RateLimiting
{
    private const string Node = "node";
    private const string Transfers = "transfers";

    public static IServiceCollection AddPlatformRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimiting:PermitsPerMinute", 1200);
        var atOnce = new ConcurrencyLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimiting:RequestsAtOnce", 64),
            QueueLimit = configuration.GetValue("RateLimiting:RequestsWaiting", 10_000),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        var transfersAtOnce = new ConcurrencyLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimiting:TransfersAtOnce", 16),
            QueueLimit = configuration.GetValue("RateLimiting:TransfersWaiting", 1_000),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        };
        return services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimits.PerClient(context, permitsPerMinute)),
                PartitionedRateLimiter.Create<HttpContext, string>(context => context.MovesFiles()
                    ? RateLimitPartition.GetConcurrencyLimiter(Transfers, _ => transfersAtOnce)
                    : RateLimitPartition.GetConcurrencyLimiter(Node, _ => atOnce)));
            options.OnRejected = WriteProblemAsync;
        });
    }

    private static async ValueTask WriteProblemAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        // Only the per-client window knows when it reopens; a full queue of turns drains within moments.
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var delay)
            ? (int)Math.Ceiling(delay.TotalSeconds)
            : 1;
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
