using System.Collections;

namespace MembraneKit;

/// <summary>An immutable list with value equality, so records holding one compare by content.</summary>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] _items;

    internal EquatableList(IEnumerable<T> items) => _items = [.. items];

    private EquatableList(T[] owned, bool _) => _items = owned;

    /// <summary>Wraps an array without copying it; the caller gives it up and must never write to it again.</summary>
    /// <param name="owned">A fresh array that nothing else references.</param>
    internal static EquatableList<T> Adopt(T[] owned) => new(owned, false);

    internal static EquatableList<T> Empty { get; } = new([]);

    public int Count => _items.Length;

    /// <summary>The items as a span, for loops without an enumerator.</summary>
    internal ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>A copy with the first item matching <paramref name="match"/> replaced by <paramref name="item"/>,
    /// or with <paramref name="item"/> appended when none matches (the add-or-replace of every <c>With</c>).</summary>
    internal EquatableList<T> WithReplacedOrAdded(Func<T, bool> match, T item)
    {
        var index = Array.FindIndex(_items, x => match(x));
        var items = index < 0 ? [.. _items, item] : _items.ToArray();
        if (index >= 0)
        {
            items[index] = item;
        }

        return new EquatableList<T>(items);
    }

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    public bool Equals(EquatableList<T>? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
