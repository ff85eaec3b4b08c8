using System.Collections;
using System.Data.Common;

namespace Manifold.Client;

/// <summary>The parameters of a <see cref="ManifoldCommand"/>, in order.</summary>
public sealed class ManifoldParameterCollection : DbParameterCollection
{
    private readonly List<ManifoldParameter> _items = [];

    /// <inheritdoc />
    public override int Count => _items.Count;

    /// <inheritdoc />
    public override object SyncRoot => ((ICollection)_items).SyncRoot;

    /// <summary>Adds a parameter with a name and value.</summary>
    /// <param name="name">The name (with or without <c>@</c>), or empty for a positional one.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new parameter.</returns>
    public ManifoldParameter AddWithValue(string name, object? value)
    {
        var parameter = new ManifoldParameter(name, value);
        _items.Add(parameter);
        return parameter;
    }

    /// <inheritdoc />
    public override int Add(object value)
    {
        _items.Add(Cast(value));
        return _items.Count - 1;
    }

    /// <inheritdoc />
    public override void AddRange(Array values)
    {
        foreach (object value in values)
        {
            Add(value);
        }
    }

    /// <inheritdoc />
    public override void Clear() => _items.Clear();

    /// <inheritdoc />
    public override bool Contains(object value) => value is ManifoldParameter p && _items.Contains(p);

    /// <inheritdoc />
    public override bool Contains(string value) => IndexOf(value) >= 0;

    /// <inheritdoc />
    public override void CopyTo(Array array, int index) => ((ICollection)_items).CopyTo(array, index);

    /// <inheritdoc />
    public override IEnumerator GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public override int IndexOf(object value) => value is ManifoldParameter p ? _items.IndexOf(p) : -1;

    /// <inheritdoc />
    public override int IndexOf(string parameterName)
    {
        string name = parameterName.TrimStart('@', ':', '?');
        return _items.FindIndex(p => string.Equals(p.ParameterName, name, StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public override void Insert(int index, object value) => _items.Insert(index, Cast(value));

    /// <inheritdoc />
    public override void Remove(object value) => _items.Remove(Cast(value));

    /// <inheritdoc />
    public override void RemoveAt(int index) => _items.RemoveAt(index);

    /// <inheritdoc />
    public override void RemoveAt(string parameterName) => _items.RemoveAt(IndexOfOrThrow(parameterName));

    /// <inheritdoc />
    protected override DbParameter GetParameter(int index) => _items[index];

    /// <inheritdoc />
    protected override DbParameter GetParameter(string parameterName) => _items[IndexOfOrThrow(parameterName)];

    /// <inheritdoc />
    protected override void SetParameter(int index, DbParameter value) => _items[index] = Cast(value);

    /// <inheritdoc />
    protected override void SetParameter(string parameterName, DbParameter value) => _items[IndexOfOrThrow(parameterName)] = Cast(value);

    internal IReadOnlyList<ManifoldParameter> Items => _items;

    private int IndexOfOrThrow(string parameterName)
    {
        int index = IndexOf(parameterName);
        return index >= 0 ? index : throw new IndexOutOfRangeException($"No parameter named '{parameterName}'");
    }

    private static ManifoldParameter Cast(object value) => value as ManifoldParameter
        ?? throw new InvalidCastException($"Expected a {nameof(ManifoldParameter)}, got {value?.GetType().Name ?? "null"}");
}
