using System.Collections;
using System.Runtime.CompilerServices;

namespace Manifold.Sql.Tree;

/// <summary>An immutable list of nodes (or other values) with value equality, so records holding lists compare by content.</summary>
[CollectionBuilder(typeof(NodeListBuilder), nameof(NodeListBuilder.Create))]
public sealed class NodeList<T> : IReadOnlyList<T>, IEquatable<NodeList<T>>
{
    private readonly T[] _items;

    /// <summary>Wraps a copy of <paramref name="items"/>.</summary>
    public NodeList(IEnumerable<T> items) => _items = items.ToArray();

    private NodeList(T[] items, bool _) => _items = items;

    /// <summary>The empty list.</summary>
    public static NodeList<T> Empty { get; } = new([], false);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Converts an array (copied).</summary>
    public static implicit operator NodeList<T>(T[] items) => items.Length == 0 ? Empty : new(items);

    /// <summary>Converts a list (copied).</summary>
    public static implicit operator NodeList<T>(List<T> items) => items.Count == 0 ? Empty : new(items);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(NodeList<T>? other)
    {
        if (other is null || other._items.Length != _items.Length)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NodeList<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (T item in _items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}
