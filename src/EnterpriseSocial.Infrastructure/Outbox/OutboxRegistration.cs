using EnterpriseSocial.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>The event types that have handlers, by the name stored in the outbox.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> byName = new(StringComparer.Ordinal);

    internal void Add(Type eventType) => byName[eventType.FullName!] = eventType;

    public bool TryGet(string name, out Type eventType) => byName.TryGetValue(name, out eventType!);
}

public static class OutboxRegistration
{
    public static IServiceCollection AddOutbox(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSignalInterceptor>();
        services.TryAddSingleton(EventTypes(services));
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        if (!services.Any(d => d.ServiceType == typeof(OutboxProcessor)))
        {
            services.AddSingleton<OutboxProcessor>();
            services.AddHostedService(provider => provider.GetRequiredService<OutboxProcessor>());
        }

        return services;
    }

    public static IServiceCollection AddIntegrationEventConsumer<TEvent, TConsumer>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where TConsumer : class, IIntegrationEventConsumer<TEvent>
    {
        services.AddOutbox();
        EventTypes(services).Add(typeof(TEvent));
        services.AddScoped<IIntegrationEventConsumer<TEvent>, TConsumer>();
        return services;
    }

    private static IntegrationEventTypes EventTypes(IServiceCollection services) =>
        services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventTypes))?.ImplementationInstance
            as IntegrationEventTypes ?? new IntegrationEventTypes();
}
