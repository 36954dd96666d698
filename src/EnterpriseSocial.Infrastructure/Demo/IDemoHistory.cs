using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Infrastructure.Demo;

/// <summary>
/// A module's part of the demo company as the integration events it would have raised, each at its own
/// time. Demo seeders write straight into their tables — through the API a few months of history would
/// take minutes and could not be dated in the past — so a module that reacts to other modules' events
/// (notifications, recognition's achievements) seeds its own demo data from these (ADR 0044).
/// </summary>
public interface IDemoHistory
{
    Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken);
}

public static class DemoHistories
{
    /// <summary>Every module's events, in no particular order.</summary>
    public static async Task<List<IntegrationEvent>> AllEventsAsync(this IEnumerable<IDemoHistory> histories, CancellationToken cancellationToken)
    {
        var events = new List<IntegrationEvent>();
        foreach (var module in histories)
        {
            events.AddRange(await module.EventsAsync(cancellationToken));
        }

        return events;
    }
}
