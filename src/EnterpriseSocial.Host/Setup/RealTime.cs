using System.Collections.Concurrent;
using EnterpriseSocial.Identity.Contracts;
using EnterpriseSocial.Infrastructure.RealTime;
using Microsoft.AspNetCore.SignalR;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// The one SignalR hub clients keep open. Modules push to people through it (notifications, live
/// feeds); it only decides who may stay connected.
/// </summary>
internal sealed class LiveHub(LiveConnections connections, IEnumerable<ILiveSubscriptions> subscriptions) : Hub
{
    public const string Path = "/hubs/notifications";

    /// <summary>Starts sending this connection the hints about a key, such as <c>activity:company</c>.</summary>
    public async Task Watch(string key)
    {
        var groups = await GroupsAsync(key) ?? throw new HubException("There is nothing to watch there.");
        foreach (var group in groups)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }
    }

    /// <summary>
    /// Whether this connection can be reached. A client's start resolves at the handshake, before
    /// <see cref="OnConnectedAsync"/> registers the connection, and SignalR runs a connection's calls only
    /// after that: a client that catches up after this answer misses nothing pushed meanwhile (ADR 0045).
    /// </summary>
    public bool Ready() => connections.IsOpen(Context.ConnectionId);

    public async Task Unwatch(string key)
    {
        foreach (var group in await GroupsAsync(key) ?? [])
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group, Context.ConnectionAborted);
        }
    }

    public override Task OnConnectedAsync()
    {
        if (Context.GetHttpContext() is { } request)
        {
            HubAdmission.ForgetWhatTheConnectionNoLongerNeeds(request);
        }

        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }

    private Task<IReadOnlyList<string>?> GroupsAsync(string key)
    {
        var separator = key.IndexOf(':', StringComparison.Ordinal);
        var module = separator > 0 ? subscriptions.FirstOrDefault(s => s.Prefix == key[..separator]) : null;
        return module is null || Context.User is null
            ? Task.FromResult<IReadOnlyList<string>?>(null)
            : module.GroupsAsync(Context.User, key[(separator + 1)..], Context.ConnectionAborted);
    }
}

/// <summary>SignalR addresses people by the subject of their access token, which is their person id.</summary>
internal sealed class SubjectUserIdProvider : IUserIdProvider
{
    public string? GetUserId(HubConnectionContext connection) => connection.User.FindFirst(Claims.Subject)?.Value;
}

/// <summary>The connections open on this node, by person.</summary>
internal sealed class LiveConnections
{
    private readonly ConcurrentDictionary<string, (Guid Person, HubCallerContext Context)> open = new();

    public void Add(HubCallerContext context)
    {
        // SignalR's user id is the subject (SubjectUserIdProvider), read once as the connection started.
        if (Guid.TryParse(context.UserIdentifier, out var person))
        {
            open[context.ConnectionId] = (person, context);
        }
        else
        {
            context.Abort();
        }
    }

    public void Remove(HubCallerContext context) => open.TryRemove(context.ConnectionId, out _);

    public bool IsOpen(string connectionId) => open.ContainsKey(connectionId);

    public IReadOnlyCollection<Guid> People => open.Values.Select(c => c.Person).ToHashSet();

    /// <summary>The ids of these people's connections on this node, found in one pass.</summary>
    public ILookup<Guid, string> Of(IReadOnlySet<Guid> people) =>
        open.Where(c => people.Contains(c.Value.Person)).ToLookup(c => c.Value.Person, c => c.Key);

    public void Abort(IReadOnlySet<Guid> people)
    {
        foreach (var (_, connection) in open.Where(c => people.Contains(c.Value.Person)))
        {
            connection.Context.Abort();
        }
    }
}

/// <summary>
/// Closes the connections of people whose account was deactivated, on every node, within one
/// check interval. Expired tokens close their connection by themselves.
/// </summary>
internal sealed partial class LiveConnectionRevalidation(
    LiveConnections connections, IServiceScopeFactory scopes, IConfiguration configuration, ILogger<LiveConnectionRevalidation> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = configuration.GetValue("RealTime:RevalidationInterval", TimeSpan.FromSeconds(15));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var people = connections.People;
            if (people.Count == 0)
            {
                continue;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var status = scope.ServiceProvider.GetRequiredService<IAccountStatus>();
                connections.Abort(await status.WhichMayNoLongerSignInAsync(people, stoppingToken));
            }
            catch (Exception exception) when (exception is InvalidOperationException or System.Data.Common.DbException)
            {
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking live connections failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

internal static class RealTime
{
    public static IServiceCollection AddRealTime(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<ILiveUpdates, HubLiveUpdates>();
        services.AddSingleton<LiveConnections>();
        services.AddHostedService<LiveConnectionRevalidation>();
        return services;
    }

    /// <summary>
    /// Before any other middleware, the hub path leaves the pipeline: a hub request is admitted by a
    /// pipeline of its own (<see cref="HubAdmission"/>, which refuses foreign origins and reads the live
    /// ticket, from the query string on this path only) that ends before the hub's endpoint runs, so that
    /// none of it, and no other middleware, stays on the connection as long as the WebSocket is open.
    /// </summary>
    public static IApplicationBuilder UseRealTimeGate(this IApplicationBuilder app, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Identity:WebOrigins").Get<string[]>() is { Length: > 0 } configured
            ? configured.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : ["http://localhost:5080"];
        var admission = HubAdmission.Build(app, origins);
        return app.MapWhen(IsHubRequest, hub => hub.Run(context =>
        {
            // Admitted only to one of the hub's own endpoints. An admission decided at once, as it is unless
            // the rate limiter queues, hands the request over without an await: this gate's state machine
            // would otherwise stay with every open connection.
            var admitted = HubAdmission.AdmitAsync(context, admission);
            return admitted.IsCompletedSuccessfully ? RunHubIf(admitted.Result, context) : RunHubWhenAdmittedAsync(admitted, context);
        }));
    }

    private static Task RunHubIf(bool admitted, HttpContext context) =>
        admitted ? context.GetEndpoint()!.RequestDelegate!(context) : Task.CompletedTask;

    private static async Task RunHubWhenAdmittedAsync(Task<bool> admitted, HttpContext context) => await RunHubIf(await admitted, context);

    private static bool IsHubRequest(HttpContext context) => context.Request.Path.StartsWithSegments(LiveHub.Path);

    public static IEndpointRouteBuilder MapRealTime(this IEndpointRouteBuilder endpoints)
    {
        var configuration = endpoints.ServiceProvider.GetRequiredService<IConfiguration>();
        endpoints.MapHub<LiveHub>(LiveHub.Path, options =>
        {
            options.CloseOnAuthenticationExpiration = true;
            // Off unless configured (ADR 0045): clients catch up after any reconnect, and SignalR's resend
            // buffer would cost every open connection 1.4 KB and a timer each second.
            options.AllowStatefulReconnects = configuration.GetValue("RealTime:StatefulReconnect", false);
        });
        return endpoints;
    }
}
