using EnterpriseSocial.Infrastructure.RealTime;
using Microsoft.AspNetCore.SignalR;

namespace EnterpriseSocial.Host.Setup;

internal sealed class HubLiveUpdates(IHubContext<LiveHub> hub, HubLifetimeManager<LiveHub> manager, LiveConnections connections) : ILiveUpdates
{
    public Task ToPeopleAsync(IReadOnlyCollection<Guid> people, string message, object payload, CancellationToken cancellationToken) =>
        people.Count == 0
            ? Task.CompletedTask
            : hub.Clients.Users(new LiveAddressees(people)).SendAsync(message, payload, cancellationToken);

    /// <summary>
    /// On a single node SignalR finds a person's connections by checking every open one, which for a
    /// message to each of 5 000 people is 25 million checks; this node's connections are found in one
    /// pass instead and addressed by id. A backplane addresses a person directly, on every node.
    /// </summary>
    public async Task ToEachAsync(IReadOnlyCollection<(Guid Person, object Payload)> messages, string message, CancellationToken cancellationToken)
    {
        // Sent side by side, as SignalR sends one message to many: one after the other, each waits for its connection's flush.
        if (manager is not DefaultHubLifetimeManager<LiveHub>)
        {
            await Task.WhenAll(messages.Select(m => hub.Clients.User(m.Person.ToString()).SendAsync(message, m.Payload, cancellationToken)));
            return;
        }

        var open = connections.Of(messages.Select(m => m.Person).ToHashSet());
        await Task.WhenAll(messages.Where(m => open.Contains(m.Person))
            .Select(m => hub.Clients.Clients(open[m.Person].ToList()).SendAsync(message, m.Payload, cancellationToken)));
    }

    public Task ToWatchersAsync(string group, string message, object payload, CancellationToken cancellationToken) =>
        hub.Clients.Group(group).SendAsync(message, payload, cancellationToken);
}
