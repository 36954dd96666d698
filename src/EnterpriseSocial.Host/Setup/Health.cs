using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace EnterpriseSocial.Host.Setup;

internal static class Health
{
    /// <summary>
    /// Live: the process answers. Ready: every module's database, and Redis when configured, answer
    /// too. Both run before authentication, rate limiting and anything else that may need the database.
    /// </summary>
    public static IApplicationBuilder UseHealth(this IApplicationBuilder app) => app
        .UseHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
        .UseHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });

    /// <summary>With Redis configured, SignalR uses it as its backplane and readiness checks it.</summary>
    public static IServiceCollection AddRedisWhenConfigured(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration["Redis:ConnectionString"];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return services;
        }

        // Each deployment speaks on its own channels, so that two sharing one Redis never hear each other's hints.
        var channelPrefix = configuration["Redis:ChannelPrefix"] ?? "EnterpriseSocial";
        services.AddSignalR().AddStackExchangeRedis(connectionString, options => options.Configuration.ChannelPrefix = RedisChannel.Literal(channelPrefix));
        services.AddSingleton(new RedisHealthCheck(connectionString));
        services.AddHealthChecks().Add(new HealthCheckRegistration(
            "redis", provider => provider.GetRequiredService<RedisHealthCheck>(), HealthStatus.Unhealthy, ["ready"]));
        return services;
    }
}

internal sealed class RedisHealthCheck(string connectionString) : IHealthCheck, IAsyncDisposable
{
    private readonly SemaphoreSlim connecting = new(1, 1);
    private ConnectionMultiplexer? connection;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var redis = await ConnectAsync();
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answered in {latency.TotalMilliseconds:F1} ms.");
        }
        catch (RedisException exception)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer.", exception);
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (connection is not null)
        {
            return connection;
        }

        await connecting.WaitAsync();
        try
        {
            var options = ConfigurationOptions.Parse(connectionString);
            options.AbortOnConnectFail = false;
            options.ConnectTimeout = 2000;
            return connection ??= await ConnectionMultiplexer.ConnectAsync(options);
        }
        finally
        {
            connecting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync();
        }

        connecting.Dispose();
    }
}
