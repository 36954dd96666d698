using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using EnterpriseSocial.Infrastructure.Persistence;
using EnterpriseSocial.IntegrationTests.Support;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Features.Authentication;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EnterpriseSocial.IntegrationTests.Identity;

/// <summary>
/// A hub connection is an HTTP request that lasts as long as its WebSocket. The API's authentication
/// and authorization resolve handlers, and through them services of the request's scope, which their
/// middleware would keep until the request ends; a hub request is admitted by its live ticket alone.
/// </summary>
public sealed class HubAdmissionTests : IAsyncLifetime
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
            // Like OpenIddict's, a handler that every request's authentication asks first.
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ProbingRequestHandler>("probe", _ => { });
            services.AddScoped<IAuthorizationHandler, ProbingAuthorizationHandler>();
            services.Configure<HubOptions>(options => options.AddFilter(new RequestRecorder(probes)));
        });
        _ = factory.Server;
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
    }

    /// <summary>A person's connection, opened and serving them: a watch request went through the hub.</summary>
    private async Task<HubConnection> ServingConnectionAsync(string accessToken, IReadOnlyDictionary<string, string>? headers = null)
    {
        var connection = factory.HubConnection(accessToken, headers: headers);
        await connection.StartAsync();
        await connection.InvokeAsync("Watch", "activity:company");
        return connection;
    }

    [Fact]
    public async Task Admitting_a_hub_request_runs_none_of_the_APIs_authentication_or_authorization_handlers()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = await ServingConnectionAsync(tokens.AccessToken);

        Assert.Empty(probes.Resolved);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public async Task An_open_connection_keeps_the_person_but_not_the_authentication_result()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = await ServingConnectionAsync(tokens.AccessToken);

        var (person, resultKept) = Assert.Single(probes.Invocations);
        Assert.NotNull(person);
        Assert.False(resultKept);
    }

    [Fact]
    public async Task An_open_connection_keeps_neither_its_query_string_nor_the_query_parsed_from_it()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = await ServingConnectionAsync(tokens.AccessToken);

        var request = Assert.Single(probes.ConnectedRequests);
        Assert.Equal(string.Empty, request.QueryString);
        Assert.False(request.QueryParsed);
    }

    [Fact]
    public async Task A_hub_request_leaves_the_pipeline_before_any_of_its_middleware_touches_it()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        await using var connection = await ServingConnectionAsync(tokens.AccessToken);

        var request = Assert.Single(probes.ConnectedRequests);
        // The security headers are the API pipeline's first middleware after the exception handler and status code pages.
        Assert.DoesNotContain("Content-Security-Policy", request.ResponseHeaders, StringComparer.OrdinalIgnoreCase);
        Assert.DoesNotContain(nameof(IStatusCodePagesFeature), request.Features);
    }

    [Fact]
    public async Task An_open_connection_keeps_none_of_the_headers_its_browser_sent()
    {
        var tokens = await factory.SignInAsync(await factory.DemoEmailAsync("Employee"));
        // What Chromium sends with the hub's WebSocket besides the handshake (the session cookie is 752 characters there).
        var browserHeaders = new Dictionary<string, string>
        {
            ["Cookie"] = $"es.session={new string('x', 752)}",
            ["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36",
            ["Accept-Language"] = "fr-FR,fr;q=0.9",
            ["Accept-Encoding"] = "gzip, deflate, br, zstd",
            ["Cache-Control"] = "no-cache",
            ["Pragma"] = "no-cache",
        };
        await using var connection = await ServingConnectionAsync(tokens.AccessToken, browserHeaders);

        Assert.Empty(Assert.Single(probes.ConnectedRequests).Headers);
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Fact]
    public void Log_scopes_which_every_open_connection_would_keep_are_not_captured() =>
        Assert.False(factory.Services.GetRequiredService<IOptions<LoggerFilterOptions>>().Value.CaptureScopes);

    private sealed class ProbeLog
    {
        /// <summary>The scoped handlers resolved for hub requests, and by which step.</summary>
        public ConcurrentBag<string> Resolved { get; } = [];

        /// <summary>For each hub method called: the person it serves, and whether the request still holds an authentication result.</summary>
        public ConcurrentBag<(string? Person, bool ResultKept)> Invocations { get; } = [];

        /// <summary>What each connected hub request still holds once the hub has taken it over.</summary>
        public ConcurrentBag<ConnectedRequest> ConnectedRequests { get; } = [];
    }

    private sealed record ConnectedRequest(string QueryString, bool QueryParsed, string[] Headers, string[] ResponseHeaders, string[] Features);

    private sealed class ProbingRequestHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ProbeLog log)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
    {
        public Task<bool> HandleRequestAsync()
        {
            if (Request.Path.StartsWithSegments(LiveHub.Path))
            {
                log.Resolved.Add("authentication");
            }

            return Task.FromResult(false);
        }

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(AuthenticateResult.NoResult());
    }

    /// <summary>Asked by every authorization, like the policies' own handlers.</summary>
    private sealed class ProbingAuthorizationHandler(ProbeLog log) : IAuthorizationHandler
    {
        public Task HandleAsync(AuthorizationHandlerContext context)
        {
            if (context.Resource is HttpContext http && http.Request.Path.StartsWithSegments(LiveHub.Path))
            {
                log.Resolved.Add("authorization");
            }

            return Task.CompletedTask;
        }
    }

    private sealed class RequestRecorder(ProbeLog log) : IHubFilter
    {
        public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            await next(context);
            var request = context.Context.GetHttpContext()!;
            log.ConnectedRequests.Add(new ConnectedRequest(
                request.Request.QueryString.Value ?? string.Empty,
                request.Features.Get<IQueryFeature>() is not null,
                [.. request.Request.Headers.Keys],
                [.. request.Response.Headers.Keys],
                [.. request.Features.Select(feature => feature.Key.Name)]));
        }

        public ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            var request = context.Context.GetHttpContext()!;
            log.Invocations.Add((context.Context.UserIdentifier, request.Features.Get<IAuthenticateResultFeature>() is not null));
            return next(context);
        }
    }
}
