using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>
/// A hub connection is an HTTP request that lasts as long as its WebSocket. Authentication and
/// authorization resolve handlers, and through them services of the request's scope; their middleware
/// would keep them until the request ends, so a hub request is admitted in a scope that ends before
/// the hub takes it over.
/// </summary>
public sealed class HubRequestScopeTests : IAsyncLifetime
{
    private readonly ProbeLog probes = new();
    private TestDatabase database = null!;
    private HostFactory factory = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.WithDemoCompanyAsync(DatabaseProvider.Sqlite);
        factory = new HostFactory(database, services: services =>
        {
            services.AddSingleton(probes);
            services.AddScoped<ScopeProbe>();
            // Like OpenIddict's, a handler that every request's authentication asks first.
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ProbingRequestHandler>("probe", _ => { });
            services.AddScoped<IAuthorizationHandler, ProbingAuthorizationHandler>();
            services.Configure<HubOptions>(options => options.AddFilter(new QueryRecorder(probes)));
        });
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task What_admitting_a_hub_request_resolved_is_released_while_its_connection_stays_open()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        probes.HubRequestsOnly = true;
        await using var connection = factory.HubConnection(tokens.AccessToken);
        await connection.StartAsync();
        // The connection serves the person: a watch request goes through the hub.
        await connection.InvokeAsync("Watch", "activity:company");

        Assert.Equal(["authentication", "authorization"], probes.Resolved.Select(r => r.By).Distinct().Order());
        foreach (var (_, probe) in probes.Resolved)
        {
            await probe.Disposed.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task An_open_connection_no_longer_carries_its_token_in_the_query_string()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = factory.HubConnection(tokens.AccessToken);
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", "activity:company");

        var query = Assert.Single(probes.QueriesOfConnectedRequests);
        Assert.DoesNotContain("access_token", query, StringComparison.Ordinal);
        Assert.DoesNotContain(tokens.AccessToken, query, StringComparison.Ordinal);
    }

    private sealed class ProbeLog
    {
        public volatile bool HubRequestsOnly;

        /// <summary>The scoped services resolved for hub requests, and by which step.</summary>
        public ConcurrentBag<(string By, ScopeProbe Probe)> Resolved { get; } = [];

        /// <summary>What each connected hub request's query holds, as the hub sees it.</summary>
        public ConcurrentBag<string> QueriesOfConnectedRequests { get; } = [];
    }

    /// <summary>A scoped service that tells when its scope ends.</summary>
    private sealed class ScopeProbe : IDisposable
    {
        public TaskCompletionSource Disposed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Dispose() => Disposed.TrySetResult();
    }

    private sealed class ProbingRequestHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ScopeProbe probe, ProbeLog log)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync()
        {
            if (log.HubRequestsOnly && Request.Path.StartsWithSegments(LiveHub.Path))
            {
                log.Resolved.Add(("authentication", probe));
            }

            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }

    /// <summary>Asked by every authorization, like the policies' own handlers.</summary>
    private sealed class ProbingAuthorizationHandler(ScopeProbe probe, ProbeLog log) : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context)
        {
            if (log.HubRequestsOnly && context.Resource is HttpContext http && http.Request.Path.StartsWithSegments(LiveHub.Path))
            {
                log.Resolved.Add(("authorization", probe));
            }

            return Task.CompletedTask;
        }
    }

    private sealed class QueryRecorder(ProbeLog log) : IHubFilter
    {
        public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            var request = context.Context.GetHttpContext()!.Request;
            log.QueriesOfConnectedRequests.Add(request.QueryString.Value + " " + string.Join('&', request.Query.Select(p => $"{p.Key}={p.Value}")));
            return next(context);
        }
    }
}
