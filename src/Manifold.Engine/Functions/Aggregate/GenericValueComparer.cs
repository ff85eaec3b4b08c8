using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Orders two values of any orderable type, read from vectors of any encoding; recursive for arrays and rows.</summary>
/// <remarks>For the slow paths (array and row values, min/max of the rare types). NaN is the largest double, and a null
/// element or field sorts after every value.</remarks>
internal static class GenericValueComparer
{
    public static int Compare(Vector left, int leftPosition, Vector right, int rightPosition)
    {
        left = VectorBuilder.Resolve(left, ref leftPosition);
        right = VectorBuilder.Resolve(right, ref rightPosition);
        bool leftNull = left.IsNull(leftPosition);
        bool rightNull = right.IsNull(rightPosition);
        if (leftNull || rightNull)
        {
            return leftNull == rightNull ? 0 : leftNull ? 1 : -1;
        }
        switch (left.Type.Physical)
        {
            case PhysicalType.Boolean:
                return ((FlatVector<bool>)left).Values[leftPosition].CompareTo(((FlatVector<bool>)right).Values[rightPosition]);
            case PhysicalType.Int8:
                return ((FlatVector<sbyte>)left).Values[leftPosition].CompareTo(((FlatVector<sbyte>)right).Values[rightPosition]);
            case PhysicalType.Int16:
                return ((FlatVector<short>)left).Values[leftPosition].CompareTo(((FlatVector<short>)right).Values[rightPosition]);
            case PhysicalType.Int32:
                return ((FlatVector<int>)left).Values[leftPosition].CompareTo(((FlatVector<int>)right).Values[rightPosition]);
            case PhysicalType.Int64:
                return ((FlatVector<long>)left).Values[leftPosition].CompareTo(((FlatVector<long>)right).Values[rightPosition]);
            case PhysicalType.Float32:
                return ((FlatVector<float>)left).Values[leftPosition].CompareTo(((FlatVector<float>)right).Values[rightPosition]);
            case PhysicalType.Float64:
                return ((FlatVector<double>)left).Values[leftPosition].CompareTo(((FlatVector<double>)right).Values[rightPosition]);
            case PhysicalType.Int128:
                {
                    Int128 a = ((FlatVector<Int128>)left).Values[leftPosition];
                    Int128 b = ((FlatVector<Int128>)right).Values[rightPosition];
                    return left.Type.Kind == TypeKind.Uuid ? ((UInt128)a).CompareTo((UInt128)b) : a.CompareTo(b);
                }
            case PhysicalType.TimestampWithZone:
                return ((FlatVector<TimestampWithZone>)left).Values[leftPosition].CompareTo(((FlatVector<TimestampWithZone>)right).Values[rightPosition]);
            case PhysicalType.Bytes:
                return ((BytesVector)left).GetBytes(leftPosition).SequenceCompareTo(((BytesVector)right).GetBytes(rightPosition));
            case PhysicalType.Array:
                {
                    var a = (ArrayVector)left;
                    var b = (ArrayVector)right;
                    int aStart = a.Offsets[leftPosition];
                    int bStart = b.Offsets[rightPosition];
                    int aLength = a.GetLength(leftPosition);
                    int bLength = b.GetLength(rightPosition);
                    for (int i = 0; i < Math.Min(aLength, bLength); i++)
                    {
                        int result = Compare(a.Elements, aStart + i, b.Elements, bStart + i);
                        if (result != 0)
                        {
                            return result;
                        }
                    }
                    return aLength.CompareTo(bLength);
                }
            case PhysicalType.Row:
                {
                    var a = (RowVector)left;
                    var b = (RowVector)right;
                    for (int i = 0; i < a.Fields.Length; i++)
                    {
                        int result = Compare(a.Fields[i], leftPosition, b.Fields[i], rightPosition);
                        if (result != 0)
                        {
                            return result;
                        }
                    }
                    return 0;
                }
            case PhysicalType.Map:
                throw new InvalidOperationException($"Type {left.Type} is not orderable");
        }
        throw new InvalidOperationException($"Unknown physical type {left.Type.Physical}");
    }
}
