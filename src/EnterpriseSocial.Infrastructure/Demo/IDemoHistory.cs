using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Infrastructure.Demo;

/// <summary>
/// A module's part of the demo company as the integration events it would have raised, each at its own
/// time. Demo seeders write straight into their tables — through the API a few months of history would
/// take minutes and could not be dated in the past — so a module that reacts to other modules' events
/// (notifications) seeds its own demo data from these (ADR 0044).
/// </summary>
public interface IDemoHistory
{
    Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken);
}
