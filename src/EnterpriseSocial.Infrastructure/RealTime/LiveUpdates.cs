using System.Security.Claims;

namespace EnterpriseSocial.Infrastructure.RealTime;

/// <summary>
/// Pushes hints to open clients over the live hub: they say that something changed, and the client
/// reads it through the API, where access is checked. A hint that is lost costs a refresh, nothing more.
/// </summary>
public interface ILiveUpdates
{
    Task ToPeopleAsync(IReadOnlyCollection<Guid> people, string message, object payload, CancellationToken cancellationToken);

    /// <summary>One message to each person, with a payload of their own; a person appears once, as messages are sent side by side.</summary>
    Task ToEachAsync(IReadOnlyCollection<(Guid Person, object Payload)> messages, string message, CancellationToken cancellationToken);

    /// <summary>To the connections watching a group a module named in <see cref="ILiveSubscriptions"/>.</summary>
    Task ToWatchersAsync(string group, string message, object payload, CancellationToken cancellationToken);
}

/// <summary>
/// What a module lets clients watch: the hub hands it keys starting with <see cref="Prefix"/> and a
/// colon, and joins the connection to the groups it answers. Null means the caller may not watch
/// it, which the client is told exactly as for a key that does not exist.
/// </summary>
public interface ILiveSubscriptions
{
    string Prefix { get; }

    Task<IReadOnlyList<string>?> GroupsAsync(ClaimsPrincipal user, string key, CancellationToken cancellationToken);
}
