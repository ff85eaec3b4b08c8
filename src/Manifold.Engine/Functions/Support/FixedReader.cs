using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads a fixed-width vector of any encoding (flat, constant, dictionary) by row without copying it.</summary>
internal readonly struct FixedReader<T>
    where T : unmanaged
{
    private readonly T[] _values;
    private readonly ulong[]? _nulls;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private FixedReader(T[] values, ulong[]? nulls, int[]? ids, bool constant)
    {
        _values = values;
        _nulls = nulls;
        _ids = ids;
        _constant = constant;
    }

    /// <summary>A reader over <paramref name="vector"/>, whose physical type must be <typeparamref name="T"/>.</summary>
    public static FixedReader<T> Of(Vector vector)
    {
        switch (vector)
        {
            case FlatVector<T> flat:
                return new FixedReader<T>(flat.Values, flat.Nulls, null, false);
            case ConstantVector constant:
            {
                var value = (FlatVector<T>)constant.Value.Flatten();
                return new FixedReader<T>(value.Values, value.Nulls, null, true);
            }
            case DictionaryVector { Dictionary: FlatVector<T> inner } dictionary:
                return new FixedReader<T>(inner.Values, inner.Nulls, dictionary.Ids, false);
            default:
                var flattened = (FlatVector<T>)vector.Flatten();
                return new FixedReader<T>(flattened.Values, flattened.Nulls, null, false);
        }
    }

    /// <summary>True when every row reads the same value.</summary>
    public bool IsConstant => _constant;

    /// <summary>False when no row is null.</summary>
    public bool MayHaveNulls => _nulls is not null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _constant ? 0 : _ids is null ? row : _ids[row];

    /// <summary>The value of <paramref name="row"/> (meaningless when null).</summary>
    public T this[int row]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _values[Map(row)];
    }

    /// <summary>Whether <paramref name="row"/> is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNull(int row) => _nulls is not null && Bitmap.Get(_nulls, Map(row));

    /// <summary>The values as a span when the vector is flat (row i is element i); empty otherwise.</summary>
    public ReadOnlySpan<T> FlatSpan(int rowCount) => !_constant && _ids is null ? new ReadOnlySpan<T>(_values, 0, rowCount) : default;

    /// <summary>True when row i is element i of <see cref="FlatSpan"/>.</summary>
    public bool IsFlat => !_constant && _ids is null;
}
