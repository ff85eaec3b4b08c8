using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Computes which rows of a call have at least one null argument (the usual null-in, null-out rule).</summary>
internal static class NullMask
{
    /// <summary>The union of the nulls of all <paramref name="arguments"/> over <paramref name="rowCount"/> rows; null when none is null.</summary>
    public static ulong[]? Union(IReadOnlyList<Vector> arguments, int rowCount)
    {
        ulong[]? result = null;
        for (int i = 0; i < arguments.Count; i++)
        {
            Add(ref result, arguments[i], rowCount);
        }
        return result;
    }

    /// <summary>The nulls of one vector over <paramref name="rowCount"/> rows (a fresh bitmap); null when none is null.</summary>
    public static ulong[]? Of(Vector vector, int rowCount)
    {
        ulong[]? result = null;
        Add(ref result, vector, rowCount);
        return result;
    }

    /// <summary>Adds the nulls of <paramref name="vector"/> to <paramref name="result"/>, allocating it when needed.</summary>
    public static void Add(ref ulong[]? result, Vector vector, int rowCount)
    {
        if (!vector.MayHaveNulls)
        {
            return;
        }
        ulong[]? flatNulls = vector switch
        {
            FlatVector<bool> v => v.Nulls,
            FlatVector<sbyte> v => v.Nulls,
            FlatVector<short> v => v.Nulls,
            FlatVector<int> v => v.Nulls,
            FlatVector<long> v => v.Nulls,
            FlatVector<float> v => v.Nulls,
            FlatVector<double> v => v.Nulls,
            FlatVector<Int128> v => v.Nulls,
            BytesVector v => v.Nulls,
            ArrayVector v => v.Nulls,
            MapVector v => v.Nulls,
            RowVector v => v.Nulls,
            _ => null,
        };
        result ??= Bitmap.Allocate(rowCount);
        if (flatNulls is not null)
        {
            int words = Bitmap.WordCount(rowCount);
            for (int w = 0; w < words; w++)
            {
                result[w] |= flatNulls[w];
            }
            int rest = rowCount & 63;
            if (rest != 0)
            {
                result[words - 1] &= (1UL << rest) - 1;
            }
            return;
        }
        if (vector is ConstantVector)
        {
            int words = Bitmap.WordCount(rowCount);
            for (int w = 0; w < words; w++)
            {
                result[w] = ulong.MaxValue;
            }
            int rest = rowCount & 63;
            if (rest != 0)
            {
                result[words - 1] = (1UL << rest) - 1;
            }
            return;
        }
        for (int row = 0; row < rowCount; row++)
        {
            if (vector.IsNull(row))
            {
                Bitmap.Set(result, row);
            }
        }
    }

    /// <summary>Whether <paramref name="row"/> is set in an optional bitmap.</summary>
    public static bool IsSet(ulong[]? nulls, int row) => nulls is not null && Bitmap.Get(nulls, row);
}
