using System.Net;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;

namespace EnterpriseSocial.IntegrationTests.Platform;

/// <summary>Readiness covers the database of every module and, when configured, Redis.</summary>
public sealed class ReadinessTests
{
    private static readonly string Redis = Environment.GetEnvironmentVariable("ES_TEST_REDIS") ?? "127.0.0.1:56379";

    private static async Task<HttpResponseMessage> ReadyAsync(DatabaseProvider provider, string? redis)
    {
        await using var database = await TestDatabase.WithDemoCompanyAsync(provider);
        await using var factory = new HostFactory(database, settings: new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis,
        });
        return await factory.CreateClient().GetAsync("/health/ready");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Ready_when_the_database_and_redis_answer(DatabaseProvider provider)
    {
        var response = await ReadyAsync(provider, Redis);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Not_ready_while_a_configured_redis_does_not_answer()
    {
        var response = await ReadyAsync(DatabaseProvider.Sqlite, "127.0.0.1:1,connectTimeout=500");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Not_ready_while_the_database_does_not_answer()
    {
        await using var factory = new HostFactory(
            TestDatabase.Offline(DatabaseProvider.PostgreSql, "Host=127.0.0.1;Port=1;Username=none;Timeout=2"),
            "Production",
            new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        var response = await factory.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/live")).StatusCode);
    }
}
