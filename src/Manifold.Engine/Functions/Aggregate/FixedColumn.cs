using System.Runtime.CompilerServices;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Row access to a fixed-width argument of any encoding (flat, constant, dictionary), without copying it.</summary>
/// <remarks>For accumulators whose per-row work dominates the indirection (several arguments, moments); the hottest ones
/// use <see cref="GroupedLoop"/>.</remarks>
internal readonly struct FixedColumn<T>
    where T : unmanaged
{
    private readonly T[] _values;
    private readonly ulong[]? _nulls;
    private readonly int[]? _ids;
    private readonly bool _constant;

    private FixedColumn(T[] values, ulong[]? nulls, int[]? ids, bool constant)
    {
        _values = values;
        _nulls = nulls;
        _ids = ids;
        _constant = constant;
    }

    public static FixedColumn<T> Of(Vector vector)
    {
        switch (vector)
        {
            case FlatVector<T> flat:
                return new FixedColumn<T>(flat.Values, flat.Nulls, null, false);
            case ConstantVector constant:
                {
                    var value = (FlatVector<T>)constant.Value.Flatten();
                    return new FixedColumn<T>(value.Values, value.Nulls, null, true);
                }
            case DictionaryVector dictionary:
                {
                    var values = (FlatVector<T>)dictionary.Dictionary.Flatten();
                    return new FixedColumn<T>(values.Values, values.Nulls, dictionary.Ids, false);
                }
            default:
                return Of(vector.Flatten());
        }
    }

    public bool MayHaveNulls => _nulls is not null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Map(int row) => _ids is not null ? _ids[row] : _constant ? 0 : row;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsNull(int row) => _nulls is not null && Bitmap.Get(_nulls, Map(row));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T Get(int row) => _values[Map(row)];
}
