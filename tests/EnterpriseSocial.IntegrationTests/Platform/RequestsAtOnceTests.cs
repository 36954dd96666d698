using System.Net;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Platform;

/// <summary>A node works on a bounded number of requests at once; the rest wait their turn in order, or are refused once the queue is full (ADR 0036).</summary>
public sealed class RequestsAtOnceTests
{
    [Fact]
    public async Task Requests_beyond_the_ceiling_wait_their_turn_in_order_and_beyond_the_queue_are_refused()
    {
        var (factory, database) = await HostFactory.EmptyAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?>
        {
            ["RateLimiting:RequestsAtOnce"] = "1",
            ["RateLimiting:RequestsWaiting"] = "1",
        });
        await using var _ = database;
        await using var __ = factory;
        var limiter = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        HttpContext From(string address) => new DefaultHttpContext { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };

        using var working = await limiter.AcquireAsync(From("10.0.0.1"));
        Assert.True(working.IsAcquired);
        var waiting = limiter.AcquireAsync(From("10.0.0.2")).AsTask();
        Assert.False(waiting.IsCompleted);
        using var refused = await limiter.AcquireAsync(From("10.0.0.3"));
        Assert.False(refused.IsAcquired);

        working.Dispose();
        using var next = await waiting;
        Assert.True(next.IsAcquired);
    }
}
