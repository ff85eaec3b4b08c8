using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Builds a <see cref="MapVector"/>: append to <see cref="Keys"/> and <see cref="Values"/>, then <see cref="CloseEntry"/>.</summary>
/// <remarks>The caller keeps keys distinct and non-null within one map.</remarks>
public sealed class MapVectorBuilder : VectorBuilder
{
    private int[] _offsets;
    private ulong[]? _nulls;
    private int _count;

    /// <summary>Creates a builder with room for <paramref name="capacity"/> rows.</summary>
    public MapVectorBuilder(MapType type, int capacity)
        : base(type)
    {
        _offsets = new int[Math.Max(capacity, 1) + 1];
        Keys = Create(type.Key, ElementCapacity(type.Key, capacity));
        Values = Create(type.Value, ElementCapacity(type.Value, capacity));
    }

    /// <summary>The builder of all keys.</summary>
    public VectorBuilder Keys { get; }

    /// <summary>The builder of all values.</summary>
    public VectorBuilder Values { get; }

    /// <inheritdoc />
    public override int Count => _count;

    /// <summary>Ends the current row: its entries are those appended since the last row.</summary>
    public void CloseEntry()
    {
        EnsureRow();
        _offsets[++_count] = Keys.Count;
    }

    /// <inheritdoc />
    public override void AppendNull()
    {
        EnsureRow();
        _nulls ??= new ulong[Bitmap.WordCount(_offsets.Length)];
        Bitmap.Set(_nulls, _count);
        _offsets[_count + 1] = _offsets[_count];
        _count++;
    }

    /// <inheritdoc />
    public override void AppendObject(object? value)
    {
        if (value is null)
        {
            AppendNull();
            return;
        }
        IEnumerable<KeyValuePair<object, object?>> entries = value switch
        {
            MapValue map => map.Entries,
            IEnumerable<KeyValuePair<object, object?>> pairs => pairs,
            _ => throw new InvalidCastException($"Cannot store {value.GetType().Name} in a {Type} vector"),
        };
        foreach (var entry in entries)
        {
            Keys.AppendObject(entry.Key);
            Values.AppendObject(entry.Value);
        }
        CloseEntry();
    }

    /// <inheritdoc />
    public override void AppendFrom(Vector source, int position)
    {
        Vector resolved = Resolve(source, ref position);
        var map = (MapVector)resolved;
        if (map.IsNull(position))
        {
            AppendNull();
            return;
        }
        int start = map.Offsets[position];
        int length = map.Offsets[position + 1] - start;
        Keys.AppendRange(map.Keys, start, length);
        Values.AppendRange(map.Values, start, length);
        CloseEntry();
    }

    /// <inheritdoc />
    public override Vector Build() => new MapVector((MapType)Type, _offsets, Keys.Build(), Values.Build(), _nulls, _count);

    private void EnsureRow()
    {
        if (_count + 2 > _offsets.Length)
        {
            Array.Resize(ref _offsets, _offsets.Length * 2);
            if (_nulls is not null)
            {
                Array.Resize(ref _nulls, Bitmap.WordCount(_offsets.Length));
            }
        }
    }
}
