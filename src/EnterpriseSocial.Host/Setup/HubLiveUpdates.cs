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
    /// On a single node SignalR finds the connections of a message to people, or to a list of
    /// connections, by checking every open one: for a message to each of 5 000 people that is 25
    /// million checks, which took 2–4 s. This node's connections are found in one pass instead and
    /// each is sent its message by id, which SignalR looks up directly. A backplane addresses a
    /// person directly, on every node. The messages go side by side, as SignalR sends one message to
    /// many: one after the other, each would wait for its connection's flush.
    /// </summary>
    public async Task ToEachAsync(IReadOnlyCollection<(Guid Person, object Payload)> messages, string message, CancellationToken cancellationToken)
    {
        if (manager is not DefaultHubLifetimeManager<LiveHub>)
        {
            await Task.WhenAll(messages.Select(m => hub.Clients.User(m.Person.ToString()).SendAsync(message, m.Payload, cancellationToken)));
            return;
        }

        var open = connections.Of(messages.Select(m => m.Person).ToHashSet());
        await Task.WhenAll(messages.SelectMany(m => open[m.Person].Select(connection => hub.Clients.Client(connection).SendAsync(message, m.Payload, cancellationToken))));
    }

    public Task ToWatchersAsync(string group, string message, object payload, CancellationToken cancellationToken) =>
        hub.Clients.Group(group).SendAsync(message, payload, cancellationToken);
}
