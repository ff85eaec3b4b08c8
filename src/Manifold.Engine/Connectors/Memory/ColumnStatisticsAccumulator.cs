using System.Runtime.CompilerServices;
using Manifold.Spi.Connectors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>Gathers the distinct-count sketch and, where it applies, min/max or average size of one column over pages.</summary>
/// <remarks>Adding rows already seen changes nothing, so an accumulator of a table version can be extended for a
/// version that only adds rows. Null counts are not kept here: they are counted exactly per version.</remarks>
internal abstract class ColumnStatisticsAccumulator
{
    /// <summary>Adds the non-null values of <paramref name="vector"/>.</summary>
    public abstract void Add(Vector vector);

    /// <summary>An independent copy.</summary>
    public abstract ColumnStatisticsAccumulator Clone();

    /// <summary>The column statistics for a version with the given row and null counts and bytes of variable-width values.</summary>
    public abstract ColumnStatistics ToStatistics(long rowCount, long nullCount, long dataBytes);

    /// <summary>An accumulator suited to <paramref name="type"/>.</summary>
    public static ColumnStatisticsAccumulator Create(SqlType type) => type.Kind == TypeKind.Unknown ? new NullOnly() : type.Physical switch
    {
        PhysicalType.Boolean => new FixedWidth<bool>(trackRange: true),
        PhysicalType.Int8 => new FixedWidth<sbyte>(trackRange: true),
        PhysicalType.Int16 => new FixedWidth<short>(trackRange: true),
        PhysicalType.Int32 => new FixedWidth<int>(trackRange: true),
        PhysicalType.Int64 => new FixedWidth<long>(trackRange: true),
        PhysicalType.Float32 => new FixedWidth<float>(trackRange: true),
        PhysicalType.Float64 => new FixedWidth<double>(trackRange: true),
        // uuid is ordered by its bytes, which signed Int128 comparison does not follow.
        PhysicalType.Int128 => new FixedWidth<Int128>(trackRange: type.Kind != TypeKind.Uuid),
        PhysicalType.TimestampWithZone => new FixedWidth<TimestampWithZone>(trackRange: true),
        PhysicalType.Bytes => new Variable(),
        PhysicalType.Array or PhysicalType.Map or PhysicalType.Row => new Nested(),
    };

    /// <summary>Null rows of <paramref name="vector"/>, counted exactly.</summary>
    public static long CountNulls(Vector vector)
    {
        switch (vector)
        {
            case ConstantVector constant:
                return constant.IsNullValue ? constant.Count : 0;
            case DictionaryVector:
                {
                    long nulls = 0;
                    for (int i = 0; i < vector.Count; i++)
                    {
                        if (vector.IsNull(i))
                        {
                            nulls++;
                        }
                    }
                    return nulls;
                }
        }
        ulong[]? bitmap = vector switch
        {
            BytesVector bytes => bytes.Nulls,
            ArrayVector array => array.Nulls,
            MapVector map => map.Nulls,
            RowVector row => row.Nulls,
            _ => NullsOfFlat(vector),
        };
        return Bitmap.PopCount(bitmap, vector.Count);
    }

    /// <summary>The bytes of the non-null values of a variable-width vector (null rows are empty).</summary>
    public static long CountBytes(Vector vector)
    {
        switch (vector)
        {
            case BytesVector bytes:
                return bytes.Offsets[bytes.Count] - bytes.Offsets[0];
            case ConstantVector constant:
                return constant.IsNullValue ? 0 : CountBytes(constant.Value) * (long)constant.Count;
        }
        long total = 0;
        for (int i = 0; i < vector.Count; i++)
        {
            int position = i;
            var resolved = (BytesVector)VectorBuilder.Resolve(vector, ref position);
            total += resolved.IsNull(position) ? 0 : resolved.GetBytes(position).Length;
        }
        return total;
    }

    private static ulong[]? NullsOfFlat(Vector vector) => vector.Type.Physical switch
    {
        PhysicalType.Boolean => ((FlatVector<bool>)vector).Nulls,
        PhysicalType.Int8 => ((FlatVector<sbyte>)vector).Nulls,
        PhysicalType.Int16 => ((FlatVector<short>)vector).Nulls,
        PhysicalType.Int32 => ((FlatVector<int>)vector).Nulls,
        PhysicalType.Int64 => ((FlatVector<long>)vector).Nulls,
        PhysicalType.Float32 => ((FlatVector<float>)vector).Nulls,
        PhysicalType.Float64 => ((FlatVector<double>)vector).Nulls,
        PhysicalType.Int128 => ((FlatVector<Int128>)vector).Nulls,
        PhysicalType.TimestampWithZone => ((FlatVector<TimestampWithZone>)vector).Nulls,
        PhysicalType.Bytes or PhysicalType.Array or PhysicalType.Map or PhysicalType.Row
            => throw new ArgumentException($"Unexpected vector {vector.GetType().Name} for {vector.Type}", nameof(vector)),
    };

    private static double Distinct(HyperLogLog sketch, long nonNull) => nonNull == 0 ? 0 : Math.Clamp(Math.Round(sketch.Estimate()), 1, nonNull);

    private static double NullFraction(long rowCount, long nullCount) => rowCount == 0 ? 0 : (double)nullCount / rowCount;

    /// <summary>Fixed-width values: sketch plus min and max (NaN ignored).</summary>
    private sealed class FixedWidth<T> : ColumnStatisticsAccumulator
        where T : unmanaged, IComparable<T>
    {
        private readonly bool _trackRange;
        private HyperLogLog _sketch = new();
        private bool _hasRange;
        private T _min;
        private T _max;

        public FixedWidth(bool trackRange) => _trackRange = trackRange;

        public override void Add(Vector vector)
        {
            if (vector is FlatVector<T> flat)
            {
                AddFlat(flat);
                return;
            }
            for (int i = 0; i < vector.Count; i++)
            {
                int position = i;
                var resolved = (FlatVector<T>)VectorBuilder.Resolve(vector, ref position);
                if (!resolved.IsNull(position))
                {
                    AddValue(resolved.Values[position]);
                }
                if (vector is ConstantVector)
                {
                    break;   // one value, repeated: once is enough
                }
            }
        }

        public override ColumnStatisticsAccumulator Clone()
            => new FixedWidth<T>(_trackRange) { _sketch = _sketch.Clone(), _hasRange = _hasRange, _min = _min, _max = _max };

        public override ColumnStatistics ToStatistics(long rowCount, long nullCount, long dataBytes)
        {
            bool range = _trackRange && _hasRange;
            return new ColumnStatistics(
                Distinct(_sketch, rowCount - nullCount), NullFraction(rowCount, nullCount), range ? _min : null, range ? _max : null);
        }

        private void AddFlat(FlatVector<T> flat)
        {
            ReadOnlySpan<T> values = flat.Span;
            ulong[]? nulls = flat.Nulls;
            HyperLogLog sketch = _sketch;
            for (int i = 0; i < values.Length; i++)
            {
                if (nulls is not null && Bitmap.Get(nulls, i))
                {
                    continue;
                }
                T value = values[i];
                sketch.Add(ValueHasher.HashFixed(value));
                if (_trackRange)
                {
                    UpdateRange(value);
                }
            }
        }

        private void AddValue(T value)
        {
            _sketch.Add(ValueHasher.HashFixed(value));
            if (_trackRange)
            {
                UpdateRange(value);
            }
        }

        private void UpdateRange(T value)
        {
            if ((typeof(T) == typeof(double) && double.IsNaN(Unsafe.As<T, double>(ref value)))
                || (typeof(T) == typeof(float) && float.IsNaN(Unsafe.As<T, float>(ref value))))
            {
                return;
            }
            if (!_hasRange)
            {
                _min = value;
                _max = value;
                _hasRange = true;
                return;
            }
            if (value.CompareTo(_min) < 0)
            {
                _min = value;
            }
            else if (value.CompareTo(_max) > 0)
            {
                _max = value;
            }
        }
    }

    /// <summary>Variable-width values: sketch, plus the average size from the exact byte count.</summary>
    private sealed class Variable : ColumnStatisticsAccumulator
    {
        private HyperLogLog _sketch = new();

        public override void Add(Vector vector)
        {
            if (vector is BytesVector bytes)
            {
                HyperLogLog sketch = _sketch;
                for (int i = 0; i < bytes.Count; i++)
                {
                    if (!bytes.IsNull(i))
                    {
                        sketch.Add(ValueHasher.HashBytes(bytes.GetBytes(i)));
                    }
                }
                return;
            }
            int count = vector is ConstantVector ? Math.Min(vector.Count, 1) : vector.Count;
            for (int i = 0; i < count; i++)
            {
                int position = i;
                var resolved = (BytesVector)VectorBuilder.Resolve(vector, ref position);
                if (!resolved.IsNull(position))
                {
                    _sketch.Add(ValueHasher.HashBytes(resolved.GetBytes(position)));
                }
            }
        }

        public override ColumnStatisticsAccumulator Clone() => new Variable { _sketch = _sketch.Clone() };

        public override ColumnStatistics ToStatistics(long rowCount, long nullCount, long dataBytes)
        {
            long values = rowCount - nullCount;
            return new(Distinct(_sketch, values), NullFraction(rowCount, nullCount), AverageSize: values == 0 ? null : (double)dataBytes / values);
        }
    }

    /// <summary>Arrays, maps and rows: sketch only.</summary>
    private sealed class Nested : ColumnStatisticsAccumulator
    {
        private HyperLogLog _sketch = new();

        public override void Add(Vector vector)
        {
            int count = vector is ConstantVector ? Math.Min(vector.Count, 1) : vector.Count;
            for (int i = 0; i < count; i++)
            {
                if (!vector.IsNull(i))
                {
                    _sketch.Add(ValueHasher.HashAt(vector, i));
                }
            }
        }

        public override ColumnStatisticsAccumulator Clone() => new Nested { _sketch = _sketch.Clone() };

        public override ColumnStatistics ToStatistics(long rowCount, long nullCount, long dataBytes)
            => new(Distinct(_sketch, rowCount - nullCount), NullFraction(rowCount, nullCount));
    }

    /// <summary>The unknown type: every value is null.</summary>
    private sealed class NullOnly : ColumnStatisticsAccumulator
    {
        public override void Add(Vector vector)
        {
        }

        public override ColumnStatisticsAccumulator Clone() => this;

        public override ColumnStatistics ToStatistics(long rowCount, long nullCount, long dataBytes) => new(0, rowCount == 0 ? 0 : 1);
    }
}
