using System.Net;
using System.Text.Json;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>
/// A company reaches the platform by more than one name (the public address, an intranet alias, a
/// node's own address behind the load balancer): with <c>Identity:Issuer</c> set, tokens name that
/// issuer and are accepted whichever name a request came in by.
/// </summary>
public sealed class ConfiguredIssuerTests : IAsyncLifetime
{
    private const string Issuer = "https://social.example.com/";

    private static readonly Uri Intranet = new("http://intranet.example");

    private TestDatabase database = null!;
    private HostFactory? host;

    public async Task InitializeAsync() => database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        await database.DisposeAsync();
    }

    private HostFactory Host(string? issuer = Issuer) =>
        host = new HostFactory(database, settings: issuer is null ? null : new Dictionary<string, string?> { ["Identity:Issuer"] = issuer });

    [Fact]
    public async Task Discovery_names_the_configured_issuer_whatever_the_address_asked_and_endpoints_at_that_address()
    {
        var discovery = JsonDocument.Parse(await Host().CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = Intranet }).GetStringAsync("/.well-known/openid-configuration")).RootElement;

        Assert.Equal(Issuer, discovery.GetProperty("issuer").GetString());
        Assert.Equal("http://intranet.example/connect/authorize", discovery.GetProperty("authorization_endpoint").GetString());
        Assert.Equal("http://intranet.example/connect/token", discovery.GetProperty("token_endpoint").GetString());
    }

    [Fact]
    public async Task A_token_issued_through_one_address_is_accepted_through_another()
    {
        var configured = Host();
        var token = (await configured.SignInAsync(await configured.DemoEmailAsync("Employee"))).AccessToken;

        var me = await configured.Api(token, Intranet).GetAsync("/api/v1/identity/me");

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
    }

    [Fact]
    public async Task Without_it_a_token_names_the_address_it_was_issued_through_and_is_refused_through_another()
    {
        var unconfigured = Host(issuer: null);
        var token = (await unconfigured.SignInAsync(await unconfigured.DemoEmailAsync("Employee"))).AccessToken;

        var elsewhere = await unconfigured.Api(token, Intranet).GetAsync("/api/v1/identity/me");
        var there = await unconfigured.Api(token).GetAsync("/api/v1/identity/me");

        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.OK, there.StatusCode);
    }
}
