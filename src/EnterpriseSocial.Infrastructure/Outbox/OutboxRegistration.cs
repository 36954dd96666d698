using EnterpriseSocial.SharedKernel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EnterpriseSocial.Infrastructure.Outbox;

/// <summary>The event types that have consumers, by the name stored in the outbox, with their consumers' types.</summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, List<Type>> consumers = [];

    internal void Add(Type eventType, Type consumerType)
    {
        byName[eventType.FullName!] = eventType;
        if (!consumers.TryGetValue(eventType, out var types))
        {
            consumers[eventType] = types = [];
        }

        types.Add(consumerType);
    }

    public bool TryGet(string name, out Type eventType) => byName.TryGetValue(name, out eventType!);

    public IReadOnlyList<Type> ConsumersOf(Type eventType) => consumers.TryGetValue(eventType, out var types) ? types : [];
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
        EventTypes(services).Add(typeof(TEvent), typeof(TConsumer));
        // By its own type, so that the processor builds only the consumer it runs.
        services.AddScoped<TConsumer>();
        services.AddScoped<IIntegrationEventConsumer<TEvent>>(provider => provider.GetRequiredService<TConsumer>());
        return services;
    }

    private static IntegrationEventTypes EventTypes(IServiceCollection services) =>
        services.FirstOrDefault(d => d.ServiceType == typeof(IntegrationEventTypes))?.ImplementationInstance
            as IntegrationEventTypes ?? new IntegrationEventTypes();
}
