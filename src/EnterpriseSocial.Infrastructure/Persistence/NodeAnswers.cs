using System.Collections.Concurrent;

namespace EnterpriseSocial.Infrastructure.Persistence;

/// <summary>
/// Answers about a person that a module gives on nearly every request, kept by this node (ADR 0035).
/// An answer is given again from the database once <c>changes</c> moves (the module's writes on this
/// node) or <see cref="Forget"/> was called (a change the module names itself), and at the latest
/// after <c>recheck</c>, which is how changes made on other nodes reach this one; each answer for
/// between half and all of it (<see cref="Rechecks.Spread"/>). A zero <c>recheck</c> keeps nothing.
/// </summary>
public sealed class NodeAnswers<TValue>(Func<long> changes, TimeSpan recheck, TimeProvider clock)
{
    /// <summary>Beyond this many people, answers are forgotten all at once rather than one by one.</summary>
    private const int MostPeople = 100_000;

    private readonly ConcurrentDictionary<Guid, Kept> kept = new();
    private long forgotten;

    /// <summary>What to pass to <see cref="Keep"/> for an answer about to be read: taken before reading it.</summary>
    public long Mark() => changes() + Volatile.Read(ref forgotten);

    public bool TryGet(Guid person, out TValue value)
    {
        if (kept.TryGetValue(person, out var answer) && answer.Mark == Mark() && clock.GetUtcNow() < answer.Until)
        {
            value = answer.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps an answer read after <paramref name="mark"/> was taken, unless something changed meanwhile.</summary>
    public void Keep(Guid person, TValue value, long mark)
    {
        if (recheck <= TimeSpan.Zero || mark != Mark())
        {
            return;
        }

        if (kept.Count >= MostPeople)
        {
            kept.Clear();
        }

        kept[person] = new Kept(mark, value, clock.GetUtcNow() + Rechecks.Spread(recheck));
    }

    public async Task<TValue> GetAsync(Guid person, Func<Task<TValue>> read)
    {
        if (TryGet(person, out var value))
        {
            return value;
        }

        var mark = Mark();
        value = await read();
        Keep(person, value, mark);
        return value;
    }

    /// <summary>After a change on this node that the module's count does not see; every answer kept is read again.</summary>
    public void Forget() => Interlocked.Increment(ref forgotten);

    private sealed record Kept(long Mark, TValue Value, DateTimeOffset Until);
}
