using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EnterpriseSocial.Infrastructure.Hosting;

/// <summary>Work each node repeats at an interval: digests, retention, scheduled posts. Every node may run it at once.</summary>
public interface IRecurringWork
{
    /// <summary>One pass; returns how many items it handled.</summary>
    Task<int> RunAsync(CancellationToken cancellationToken);
}

public static class RecurringWorkRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TWork"/> as scoped and runs it every <paramref name="interval"/>,
    /// each pass in a scope of its own; a pass that failed is logged and tried again at the next.
    /// </summary>
    public static IServiceCollection AddRecurringWork<TWork>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TWork : class, IRecurringWork
    {
        services.AddScoped<TWork>();
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<RecurringWorkService<TWork>>(provider, interval(provider)));
        return services;
    }
}

internal sealed partial class RecurringWorkService<TWork>(IServiceScopeFactory scopes, TimeSpan interval, TimeProvider clock, ILogger<TWork> logger)
    : BackgroundService
    where TWork : class, IRecurringWork
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<TWork>().RunAsync(stoppingToken) is > 0 and var handled)
                {
                    LogHandled(logger, typeof(TWork).Name, handled);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Whatever failed (the database, the file store), the node keeps serving and the next pass tries again.
                LogFailed(logger, typeof(TWork).Name, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Work} handled {Count} items")]
    private static partial void LogHandled(ILogger logger, string work, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Work} failed; retrying at the next interval")]
    private static partial void LogFailed(ILogger logger, string work, Exception exception);
}
