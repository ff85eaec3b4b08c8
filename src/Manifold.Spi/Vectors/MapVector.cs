using Manifold.Spi.Types;

namespace Manifold.Spi.Vectors;

/// <summary>Maps: row <c>i</c> holds entries <c>Offsets[i] .. Offsets[i + 1]</c> of <see cref="Keys"/> and <see cref="Values"/>.</summary>
/// <remarks>Keys within one map are distinct and never null.</remarks>
public sealed class MapVector : Vector
{
    /// <summary>Wraps offsets, parallel key and value vectors and an optional null bitmap.</summary>
    public MapVector(MapType type, int[] offsets, Vector keys, Vector values, ulong[]? nulls, int count)
        : base(type, count)
    {
        if (offsets.Length < count + 1)
        {
            throw new ArgumentException("Need count + 1 offsets", nameof(offsets));
        }
        if (keys.Count != values.Count)
        {
            throw new ArgumentException("Keys and values differ in length", nameof(values));
        }
        Offsets = offsets;
        Keys = keys;
        Values = values;
        Nulls = nulls;
    }

    /// <summary>Start offsets into the entries.</summary>
    public int[] Offsets { get; }

    /// <summary>All keys of all rows.</summary>
    public Vector Keys { get; }

    /// <summary>All values of all rows.</summary>
    public Vector Values { get; }

    /// <summary>The null bitmap, or null when no row is null.</summary>
    public ulong[]? Nulls { get; }

    /// <summary>The map type.</summary>
    public MapType MapType => (MapType)Type;

    /// <inheritdoc />
    public override VectorEncoding Encoding => VectorEncoding.Map;

    /// <inheritdoc />
    public override bool MayHaveNulls => Nulls is not null;

    /// <inheritdoc />
    public override bool IsNull(int position) => Nulls is not null && Bitmap.Get(Nulls, position);

    /// <inheritdoc />
    public override object? GetObject(int position)
    {
        if (IsNull(position))
        {
            return null;
        }
        int start = Offsets[position];
        var entries = new KeyValuePair<object, object?>[Offsets[position + 1] - start];
        for (int i = 0; i < entries.Length; i++)
        {
            entries[i] = new KeyValuePair<object, object?>(Keys.GetObject(start + i)!, Values.GetObject(start + i));
        }
        return new MapValue(entries);
    }

    /// <inheritdoc />
    public override Vector Take(ReadOnlySpan<int> positions)
    {
        var offsets = new int[positions.Length + 1];
        var entryPositions = new List<int>();
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            for (int e = Offsets[p]; e < Offsets[p + 1]; e++)
            {
                entryPositions.Add(e);
            }
            offsets[i + 1] = entryPositions.Count;
        }
        ReadOnlySpan<int> span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(entryPositions);
        return new MapVector(MapType, offsets, Keys.Take(span), Values.Take(span), Bitmap.Take(Nulls, positions), positions.Length);
    }

    /// <inheritdoc />
    public override long RetainedBytes => Keys.RetainedBytes + Values.RetainedBytes + Offsets.Length * 4L + 40;
}
