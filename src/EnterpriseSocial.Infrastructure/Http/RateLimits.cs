using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace EnterpriseSocial.Infrastructure.Http;

public static class RateLimits
{
    /// <summary>A fixed one-minute window per client address, shared by the global limit and the modules' policies.</summary>
    public static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
