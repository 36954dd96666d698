using System.Collections;

namespace EnterpriseSocial.Host.Setup;

/// <summary>
/// The people a message goes to, in the form SignalR takes them: a list of user ids. The in-memory
/// hub manager checks every open connection against that list with <c>Contains</c>, which on a plain
/// list costs connections × people comparisons (25 million for an announcement to 5 000 connected
/// people); this list answers <c>Contains</c> from a set. The Redis backplane only enumerates it.
/// </summary>
internal sealed class LiveAddressees : IReadOnlyList<string>, ICollection<string>
{
    private readonly string[] ids;
    private readonly HashSet<string> set;

    public LiveAddressees(IEnumerable<Guid> people)
    {
        set = new HashSet<string>(people.Select(p => p.ToString()), StringComparer.Ordinal);
        ids = [.. set];
    }

    public int Count => ids.Length;

    public bool IsReadOnly => true;

    public string this[int index] => ids[index];

    public bool Contains(string item) => item is not null && set.Contains(item);

    public void CopyTo(string[] array, int arrayIndex) => ids.CopyTo(array, arrayIndex);

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)ids).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ids.GetEnumerator();

    public void Add(string item) => throw new NotSupportedException();

    public void Clear() => throw new NotSupportedException();

    public bool Remove(string item) => throw new NotSupportedException();
}
