using System.Runtime.CompilerServices;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Typed access to kernel arguments of any encoding: constants are read once, dictionaries are flattened,
/// flat vectors are used as they are.</summary>
internal static class VectorViews
{
    /// <summary>The flat form of a non-constant vector (dictionaries are expanded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FlatVector<T> Flat<T>(Vector vector)
        where T : unmanaged
        => vector as FlatVector<T> ?? (FlatVector<T>)vector.Flatten();

    /// <summary>The flat form of a non-constant bytes vector (dictionaries are expanded).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BytesVector Bytes(Vector vector) => vector as BytesVector ?? (BytesVector)vector.Flatten();

    /// <summary>The value of a non-null constant.</summary>
    public static T ConstantValue<T>(ConstantVector constant)
        where T : unmanaged
    {
        int position = 0;
        Vector resolved = VectorBuilder.Resolve(constant.Value, ref position);
        return ((FlatVector<T>)resolved).Values[position];
    }

    /// <summary>The bytes of a non-null constant.</summary>
    public static ReadOnlySpan<byte> ConstantBytes(ConstantVector constant)
    {
        int position = 0;
        Vector resolved = VectorBuilder.Resolve(constant.Value, ref position);
        return ((BytesVector)resolved).GetBytes(position);
    }

    /// <summary>A constant vector of one fixed-width value.</summary>
    public static ConstantVector Constant<T>(SqlType type, T value, int rowCount)
        where T : unmanaged
        => new(new FlatVector<T>(type, [value]), rowCount);

    /// <summary>The null bitmap of the union of two optional bitmaps; shares an input when the other is null.</summary>
    public static ulong[]? UnionNulls(ulong[]? left, ulong[]? right, int rowCount)
    {
        if (left is null)
        {
            return right;
        }
        if (right is null)
        {
            return left;
        }
        int words = Bitmap.WordCount(rowCount);
        var result = new ulong[words];
        for (int i = 0; i < words; i++)
        {
            result[i] = left[i] | right[i];
        }
        return result;
    }

    /// <summary>The null bitmap of any vector, as a bitmap over its rows (null when no row is null).</summary>
    public static ulong[]? NullsOf(Vector vector, int rowCount)
    {
        if (!vector.MayHaveNulls)
        {
            return null;
        }
        switch (vector)
        {
            case FlatVector<bool> v: return v.Nulls;
            case FlatVector<sbyte> v: return v.Nulls;
            case FlatVector<short> v: return v.Nulls;
            case FlatVector<int> v: return v.Nulls;
            case FlatVector<long> v: return v.Nulls;
            case FlatVector<float> v: return v.Nulls;
            case FlatVector<double> v: return v.Nulls;
            case FlatVector<Int128> v: return v.Nulls;
            case FlatVector<TimestampWithZone> v: return v.Nulls;
            case BytesVector v: return v.Nulls;
            case ArrayVector v: return v.Nulls;
            case MapVector v: return v.Nulls;
            case RowVector v: return v.Nulls;
        }
        ulong[]? nulls = null;
        for (int i = 0; i < rowCount; i++)
        {
            if (vector.IsNull(i))
            {
                nulls ??= Bitmap.Allocate(rowCount);
                Bitmap.Set(nulls, i);
            }
        }
        return nulls;
    }
}
