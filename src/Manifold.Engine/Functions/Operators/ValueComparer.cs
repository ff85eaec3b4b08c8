using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Compares single values of any type, including arrays, maps and rows, position by position; used for
/// container comparisons, where Trino's null semantics apply element by element.</summary>
/// <remarks>Built once per call site; stateless and thread-safe. Positions may be in vectors of any encoding.</remarks>
internal abstract class ValueComparer
{
    public static ValueComparer Create(SqlType type) => type.Kind switch
    {
        TypeKind.Boolean or TypeKind.Unknown => new Fixed<bool, ValueOrders.Boolean>(),
        TypeKind.TinyInt => new Fixed<sbyte, ValueOrders.Integer<sbyte>>(),
        TypeKind.SmallInt => new Fixed<short, ValueOrders.Integer<short>>(),
        TypeKind.Integer or TypeKind.Date => new Fixed<int, ValueOrders.Integer<int>>(),
        TypeKind.BigInt or TypeKind.Time or TypeKind.Timestamp or TypeKind.IntervalDayToSecond or TypeKind.IntervalYearToMonth
            => new Fixed<long, ValueOrders.Integer<long>>(),
        TypeKind.Decimal => ((DecimalType)type).IsShort ? new Fixed<long, ValueOrders.Integer<long>>() : new Fixed<Int128, ValueOrders.Integer<Int128>>(),
        TypeKind.Real => new Fixed<float, ValueOrders.Floating<float>>(),
        TypeKind.Double => new Fixed<double, ValueOrders.Floating<double>>(),
        TypeKind.Uuid => new Fixed<Int128, ValueOrders.Uuid>(),
        TypeKind.TimestampWithTimeZone => new Fixed<TimestampWithZone, ValueOrders.Zoned>(),
        TypeKind.Varchar or TypeKind.Varbinary or TypeKind.Json => new Bytes(padded: false),
        TypeKind.Char => new Bytes(padded: true),
        TypeKind.Array => new ArrayComparer(Create(((ArrayType)type).Element)),
        TypeKind.Map => new MapComparer(Create(((MapType)type).Key), Create(((MapType)type).Value)),
        TypeKind.Row => new RowComparer(((RowType)type).Fields.Select(f => Create(f.Type)).ToArray()),
    };

    /// <summary>SQL equality of two non-null values: null when nested nulls leave it undetermined.</summary>
    public abstract bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition);

    /// <summary>IS NOT DISTINCT FROM of two values that may be null.</summary>
    public abstract bool Identical(Vector left, int leftPosition, Vector right, int rightPosition);

    /// <summary>The order of two non-null values; fails on nested nulls as Trino does.</summary>
    public abstract int Compare(Vector left, int leftPosition, Vector right, int rightPosition);

    private static bool BothNullOrEither(Vector left, int leftPosition, Vector right, int rightPosition, out bool identical)
    {
        bool leftNull = left.IsNull(leftPosition);
        bool rightNull = right.IsNull(rightPosition);
        identical = leftNull && rightNull;
        return leftNull || rightNull;
    }

    private sealed class Fixed<T, TOrder> : ValueComparer
        where T : unmanaged
        where TOrder : IValueOrder<T>
    {
        public override bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition)
            => TOrder.Equal(Read(left, leftPosition), Read(right, rightPosition));

        public override bool Identical(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            if (BothNullOrEither(left, leftPosition, right, rightPosition, out bool identical))
            {
                return identical;
            }
            return TOrder.Identical(Read(left, leftPosition), Read(right, rightPosition));
        }

        public override int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
            => TOrder.Compare(Read(left, leftPosition), Read(right, rightPosition));

        private static T Read(Vector vector, int position)
        {
            Vector resolved = VectorBuilder.Resolve(vector, ref position);
            return ((FlatVector<T>)resolved).Values[position];
        }
    }

    private sealed class Bytes(bool padded) : ValueComparer
    {
        public override bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition)
            => Read(left, leftPosition).SequenceEqual(Read(right, rightPosition));

        public override bool Identical(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            if (BothNullOrEither(left, leftPosition, right, rightPosition, out bool identical))
            {
                return identical;
            }
            return Read(left, leftPosition).SequenceEqual(Read(right, rightPosition));
        }

        public override int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
            => padded
                ? BytesComparisonKernels.ComparePadded(Read(left, leftPosition), Read(right, rightPosition))
                : Read(left, leftPosition).SequenceCompareTo(Read(right, rightPosition));

        private static ReadOnlySpan<byte> Read(Vector vector, int position)
        {
            Vector resolved = VectorBuilder.Resolve(vector, ref position);
            return ((BytesVector)resolved).GetBytes(position);
        }
    }

    private sealed class ArrayComparer(ValueComparer element) : ValueComparer
    {
        public override bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            var leftArray = (ArrayVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightArray = (ArrayVector)VectorBuilder.Resolve(right, ref rightPosition);
            int leftStart = leftArray.Offsets[leftPosition];
            int rightStart = rightArray.Offsets[rightPosition];
            int length = leftArray.Offsets[leftPosition + 1] - leftStart;
            if (length != rightArray.Offsets[rightPosition + 1] - rightStart)
            {
                return false;
            }
            bool unknown = false;
            for (int i = 0; i < length; i++)
            {
                if (leftArray.Elements.IsNull(leftStart + i) || rightArray.Elements.IsNull(rightStart + i))
                {
                    unknown = true;
                    continue;
                }
                bool? equal = element.Equal(leftArray.Elements, leftStart + i, rightArray.Elements, rightStart + i);
                if (equal is null)
                {
                    unknown = true;
                }
                else if (!equal.Value)
                {
                    return false;
                }
            }
            return unknown ? null : true;
        }

        public override bool Identical(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            if (BothNullOrEither(left, leftPosition, right, rightPosition, out bool identical))
            {
                return identical;
            }
            var leftArray = (ArrayVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightArray = (ArrayVector)VectorBuilder.Resolve(right, ref rightPosition);
            int leftStart = leftArray.Offsets[leftPosition];
            int rightStart = rightArray.Offsets[rightPosition];
            int length = leftArray.Offsets[leftPosition + 1] - leftStart;
            if (length != rightArray.Offsets[rightPosition + 1] - rightStart)
            {
                return false;
            }
            for (int i = 0; i < length; i++)
            {
                if (!element.Identical(leftArray.Elements, leftStart + i, rightArray.Elements, rightStart + i))
                {
                    return false;
                }
            }
            return true;
        }

        public override int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            var leftArray = (ArrayVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightArray = (ArrayVector)VectorBuilder.Resolve(right, ref rightPosition);
            int leftStart = leftArray.Offsets[leftPosition];
            int rightStart = rightArray.Offsets[rightPosition];
            int leftLength = leftArray.Offsets[leftPosition + 1] - leftStart;
            int rightLength = rightArray.Offsets[rightPosition + 1] - rightStart;
            int common = Math.Min(leftLength, rightLength);
            for (int i = 0; i < common; i++)
            {
                if (leftArray.Elements.IsNull(leftStart + i) || rightArray.Elements.IsNull(rightStart + i))
                {
                    throw new ManifoldException(StandardErrorCode.NotSupported, "ARRAY comparison not supported for arrays with null elements");
                }
                int comparison = element.Compare(leftArray.Elements, leftStart + i, rightArray.Elements, rightStart + i);
                if (comparison != 0)
                {
                    return comparison;
                }
            }
            return leftLength.CompareTo(rightLength);
        }
    }

    private sealed class RowComparer(ValueComparer[] fields) : ValueComparer
    {
        public override bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            var leftRow = (RowVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightRow = (RowVector)VectorBuilder.Resolve(right, ref rightPosition);
            bool unknown = false;
            for (int i = 0; i < fields.Length; i++)
            {
                if (leftRow.Fields[i].IsNull(leftPosition) || rightRow.Fields[i].IsNull(rightPosition))
                {
                    unknown = true;
                    continue;
                }
                bool? equal = fields[i].Equal(leftRow.Fields[i], leftPosition, rightRow.Fields[i], rightPosition);
                if (equal is null)
                {
                    unknown = true;
                }
                else if (!equal.Value)
                {
                    return false;
                }
            }
            return unknown ? null : true;
        }

        public override bool Identical(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            if (BothNullOrEither(left, leftPosition, right, rightPosition, out bool identical))
            {
                return identical;
            }
            var leftRow = (RowVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightRow = (RowVector)VectorBuilder.Resolve(right, ref rightPosition);
            for (int i = 0; i < fields.Length; i++)
            {
                if (!fields[i].Identical(leftRow.Fields[i], leftPosition, rightRow.Fields[i], rightPosition))
                {
                    return false;
                }
            }
            return true;
        }

        public override int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            var leftRow = (RowVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightRow = (RowVector)VectorBuilder.Resolve(right, ref rightPosition);
            for (int i = 0; i < fields.Length; i++)
            {
                if (leftRow.Fields[i].IsNull(leftPosition) || rightRow.Fields[i].IsNull(rightPosition))
                {
                    throw new ManifoldException(StandardErrorCode.NotSupported, "ROW comparison not supported for fields with null elements");
                }
                int comparison = fields[i].Compare(leftRow.Fields[i], leftPosition, rightRow.Fields[i], rightPosition);
                if (comparison != 0)
                {
                    return comparison;
                }
            }
            return 0;
        }
    }

    private sealed class MapComparer(ValueComparer key, ValueComparer value) : ValueComparer
    {
        public override bool? Equal(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            var leftMap = (MapVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightMap = (MapVector)VectorBuilder.Resolve(right, ref rightPosition);
            int leftStart = leftMap.Offsets[leftPosition];
            int rightStart = rightMap.Offsets[rightPosition];
            int size = leftMap.Offsets[leftPosition + 1] - leftStart;
            int rightEnd = rightMap.Offsets[rightPosition + 1];
            if (size != rightEnd - rightStart)
            {
                return false;
            }
            bool unknown = false;
            for (int i = leftStart; i < leftStart + size; i++)
            {
                int match = Find(leftMap.Keys, i, rightMap.Keys, rightStart, rightEnd);
                if (match < 0)
                {
                    return false;
                }
                if (leftMap.Values.IsNull(i) || rightMap.Values.IsNull(match))
                {
                    unknown = true;
                    continue;
                }
                bool? equal = value.Equal(leftMap.Values, i, rightMap.Values, match);
                if (equal is null)
                {
                    unknown = true;
                }
                else if (!equal.Value)
                {
                    return false;
                }
            }
            return unknown ? null : true;
        }

        public override bool Identical(Vector left, int leftPosition, Vector right, int rightPosition)
        {
            if (BothNullOrEither(left, leftPosition, right, rightPosition, out bool identical))
            {
                return identical;
            }
            var leftMap = (MapVector)VectorBuilder.Resolve(left, ref leftPosition);
            var rightMap = (MapVector)VectorBuilder.Resolve(right, ref rightPosition);
            int leftStart = leftMap.Offsets[leftPosition];
            int rightStart = rightMap.Offsets[rightPosition];
            int size = leftMap.Offsets[leftPosition + 1] - leftStart;
            int rightEnd = rightMap.Offsets[rightPosition + 1];
            if (size != rightEnd - rightStart)
            {
                return false;
            }
            for (int i = leftStart; i < leftStart + size; i++)
            {
                int match = Find(leftMap.Keys, i, rightMap.Keys, rightStart, rightEnd);
                if (match < 0 || !value.Identical(leftMap.Values, i, rightMap.Values, match))
                {
                    return false;
                }
            }
            return true;
        }

        public override int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
            => throw new ManifoldException(StandardErrorCode.NotSupported, "MAP values are not orderable");

        private int Find(Vector keys, int position, Vector candidates, int start, int end)
        {
            for (int j = start; j < end; j++)
            {
                if (key.Identical(keys, position, candidates, j))
                {
                    return j;
                }
            }
            return -1;
        }
    }
}
