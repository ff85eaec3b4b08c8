using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Equality, ordering and hashing of single values held in vectors of any type and encoding.</summary>
/// <remarks>
/// These are "not distinct" semantics, used by array and map functions: NULL equals NULL, NaN equals NaN, and 0.0
/// equals -0.0. Ordering puts NaN above every other floating-point value and compares text and binary values as
/// unsigned bytes; nulls inside containers order last. A timestamp with time zone compares by its instant.
/// Not for the hottest loops: each call resolves constant and dictionary wrapping.
/// </remarks>
internal static class ValueComparer
{
    /// <summary>Whether the two values are not distinct.</summary>
    public static bool Equal(Vector left, int leftPosition, Vector right, int rightPosition)
    {
        left = VectorBuilder.Resolve(left, ref leftPosition);
        right = VectorBuilder.Resolve(right, ref rightPosition);
        bool leftNull = left.IsNull(leftPosition);
        bool rightNull = right.IsNull(rightPosition);
        if (leftNull || rightNull)
        {
            return leftNull && rightNull;
        }
        switch (left)
        {
            case FlatVector<bool> l:
                return l.Values[leftPosition] == ((FlatVector<bool>)right).Values[rightPosition];
            case FlatVector<sbyte> l:
                return l.Values[leftPosition] == ((FlatVector<sbyte>)right).Values[rightPosition];
            case FlatVector<short> l:
                return l.Values[leftPosition] == ((FlatVector<short>)right).Values[rightPosition];
            case FlatVector<int> l:
                return l.Values[leftPosition] == ((FlatVector<int>)right).Values[rightPosition];
            case FlatVector<long> l:
                return l.Values[leftPosition] == ((FlatVector<long>)right).Values[rightPosition];
            case FlatVector<float> l:
            {
                float a = l.Values[leftPosition];
                float b = ((FlatVector<float>)right).Values[rightPosition];
                return a == b || (float.IsNaN(a) && float.IsNaN(b));
            }
            case FlatVector<double> l:
            {
                double a = l.Values[leftPosition];
                double b = ((FlatVector<double>)right).Values[rightPosition];
                return a == b || (double.IsNaN(a) && double.IsNaN(b));
            }
            case FlatVector<Int128> l:
                return l.Values[leftPosition] == ((FlatVector<Int128>)right).Values[rightPosition];
            case FlatVector<TimestampWithZone> l:
                return l.Values[leftPosition].EpochMicros == ((FlatVector<TimestampWithZone>)right).Values[rightPosition].EpochMicros;
            case BytesVector l:
                return l.GetBytes(leftPosition).SequenceEqual(((BytesVector)right).GetBytes(rightPosition));
            case ArrayVector l:
            {
                var r = (ArrayVector)right;
                int length = l.GetLength(leftPosition);
                if (length != r.GetLength(rightPosition))
                {
                    return false;
                }
                int ls = l.Offsets[leftPosition];
                int rs = r.Offsets[rightPosition];
                for (int i = 0; i < length; i++)
                {
                    if (!Equal(l.Elements, ls + i, r.Elements, rs + i))
                    {
                        return false;
                    }
                }
                return true;
            }
            case RowVector l:
            {
                var r = (RowVector)right;
                for (int i = 0; i < l.Fields.Length; i++)
                {
                    if (!Equal(l.Fields[i], leftPosition, r.Fields[i], rightPosition))
                    {
                        return false;
                    }
                }
                return true;
            }
            case MapVector l:
                return MapEqual(l, leftPosition, (MapVector)right, rightPosition);
            default:
                throw new NotSupportedException($"Equality of {left.GetType().Name}");
        }
    }

    /// <summary>Orders two values: negative when the left one comes first. Nulls order last.</summary>
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
        switch (left)
        {
            case FlatVector<bool> l:
                return l.Values[leftPosition].CompareTo(((FlatVector<bool>)right).Values[rightPosition]);
            case FlatVector<sbyte> l:
                return l.Values[leftPosition].CompareTo(((FlatVector<sbyte>)right).Values[rightPosition]);
            case FlatVector<short> l:
                return l.Values[leftPosition].CompareTo(((FlatVector<short>)right).Values[rightPosition]);
            case FlatVector<int> l:
                return l.Values[leftPosition].CompareTo(((FlatVector<int>)right).Values[rightPosition]);
            case FlatVector<long> l:
                return l.Values[leftPosition].CompareTo(((FlatVector<long>)right).Values[rightPosition]);
            case FlatVector<float> l:
                return CompareDouble(l.Values[leftPosition], ((FlatVector<float>)right).Values[rightPosition]);
            case FlatVector<double> l:
                return CompareDouble(l.Values[leftPosition], ((FlatVector<double>)right).Values[rightPosition]);
            case FlatVector<Int128> l:
                return l.Type.Kind == TypeKind.Uuid
                    ? ((UInt128)l.Values[leftPosition]).CompareTo((UInt128)((FlatVector<Int128>)right).Values[rightPosition])
                    : l.Values[leftPosition].CompareTo(((FlatVector<Int128>)right).Values[rightPosition]);
            case FlatVector<TimestampWithZone> l:
                return l.Values[leftPosition].EpochMicros.CompareTo(((FlatVector<TimestampWithZone>)right).Values[rightPosition].EpochMicros);
            case BytesVector l:
                return l.GetBytes(leftPosition).SequenceCompareTo(((BytesVector)right).GetBytes(rightPosition));
            case ArrayVector l:
            {
                var r = (ArrayVector)right;
                int leftLength = l.GetLength(leftPosition);
                int rightLength = r.GetLength(rightPosition);
                int ls = l.Offsets[leftPosition];
                int rs = r.Offsets[rightPosition];
                for (int i = 0; i < System.Math.Min(leftLength, rightLength); i++)
                {
                    int c = Compare(l.Elements, ls + i, r.Elements, rs + i);
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return leftLength.CompareTo(rightLength);
            }
            case RowVector l:
            {
                var r = (RowVector)right;
                for (int i = 0; i < l.Fields.Length; i++)
                {
                    int c = Compare(l.Fields[i], leftPosition, r.Fields[i], rightPosition);
                    if (c != 0)
                    {
                        return c;
                    }
                }
                return 0;
            }
            default:
                throw new NotSupportedException($"Ordering of {left.Type}");
        }
    }

    /// <summary>Orders doubles with NaN above everything and -0.0 equal to 0.0.</summary>
    public static int CompareDouble(double left, double right)
    {
        if (left < right)
        {
            return -1;
        }
        if (left > right)
        {
            return 1;
        }
        if (left == right)
        {
            return 0;
        }
        return double.IsNaN(left) ? (double.IsNaN(right) ? 0 : 1) : -1;
    }

    /// <summary>A hash consistent with <see cref="Equal"/>.</summary>
    public static int Hash(Vector vector, int position)
    {
        vector = VectorBuilder.Resolve(vector, ref position);
        if (vector.IsNull(position))
        {
            return 0x5bd1e995;
        }
        switch (vector)
        {
            case FlatVector<bool> v:
                return v.Values[position] ? 1231 : 1237;
            case FlatVector<sbyte> v:
                return Mix(v.Values[position]);
            case FlatVector<short> v:
                return Mix(v.Values[position]);
            case FlatVector<int> v:
                return Mix(v.Values[position]);
            case FlatVector<long> v:
                return Mix(v.Values[position]);
            case FlatVector<float> v:
            {
                float value = v.Values[position];
                return value == 0 ? 0 : float.IsNaN(value) ? 0x7fc00000 : Mix(BitConverter.SingleToInt32Bits(value));
            }
            case FlatVector<double> v:
            {
                double value = v.Values[position];
                return value == 0 ? 0 : double.IsNaN(value) ? 0x7ff80000 : Mix(BitConverter.DoubleToInt64Bits(value));
            }
            case FlatVector<Int128> v:
                return v.Values[position].GetHashCode();
            case FlatVector<TimestampWithZone> v:
                return Mix(v.Values[position].EpochMicros);
            case BytesVector v:
            {
                var hash = new HashCode();
                hash.AddBytes(v.GetBytes(position));
                return hash.ToHashCode();
            }
            case ArrayVector v:
            {
                int hash = 17;
                int start = v.Offsets[position];
                int end = v.Offsets[position + 1];
                for (int i = start; i < end; i++)
                {
                    hash = hash * 31 + Hash(v.Elements, i);
                }
                return hash;
            }
            case RowVector v:
            {
                int hash = 19;
                for (int i = 0; i < v.Fields.Length; i++)
                {
                    hash = hash * 31 + Hash(v.Fields[i], position);
                }
                return hash;
            }
            case MapVector v:
            {
                // Order-independent: maps with the same entries in another order are equal.
                int hash = 23;
                int start = v.Offsets[position];
                int end = v.Offsets[position + 1];
                for (int i = start; i < end; i++)
                {
                    hash += Hash(v.Keys, i) ^ (Hash(v.Values, i) * 31);
                }
                return hash;
            }
            default:
                throw new NotSupportedException($"Hashing of {vector.Type}");
        }
    }

    private static int Mix(long value)
    {
        ulong x = (ulong)value * 0x9E3779B97F4A7C15UL;
        return (int)(x ^ (x >> 32));
    }

    private static bool MapEqual(MapVector left, int leftPosition, MapVector right, int rightPosition)
    {
        int ls = left.Offsets[leftPosition];
        int le = left.Offsets[leftPosition + 1];
        int rs = right.Offsets[rightPosition];
        int re = right.Offsets[rightPosition + 1];
        if (le - ls != re - rs)
        {
            return false;
        }
        for (int i = ls; i < le; i++)
        {
            bool found = false;
            for (int j = rs; j < re; j++)
            {
                if (Equal(left.Keys, i, right.Keys, j))
                {
                    if (!Equal(left.Values, i, right.Values, j))
                    {
                        return false;
                    }
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }
}
