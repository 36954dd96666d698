using EnterpriseSocial.SharedKernel;

namespace EnterpriseSocial.Activity.Contracts;

/// <summary>
/// The demo company's posts, comments and reactions as the events they would have raised, each at its
/// own time, oldest first. The demo writes them straight into their tables, so a module that reacts to
/// those events (notifications) seeds its own demo data from these.
/// </summary>
public interface IDemoConversations
{
    Task<IReadOnlyList<IntegrationEvent>> EventsAsync(CancellationToken cancellationToken);
}
