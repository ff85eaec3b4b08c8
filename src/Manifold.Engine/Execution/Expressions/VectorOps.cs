using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Execution.Expressions;

/// <summary>Helpers over vectors and pages used by evaluators and operators.</summary>
internal static class VectorOps
{
    /// <summary>Reads a boolean vector of any encoding into flat values and an optional null bitmap.</summary>
    public static (bool[] Values, ulong[]? Nulls) Booleans(Vector vector)
    {
        switch (vector)
        {
            case FlatVector<bool> flat:
                return (flat.Values, flat.Nulls);
            case ConstantVector constant:
            {
                var values = new bool[constant.Count];
                if (constant.IsNullValue)
                {
                    var nulls = Bitmap.Allocate(constant.Count);
                    Array.Fill(nulls, ulong.MaxValue);
                    return (values, nulls);
                }
                if ((bool)constant.Value.GetObject(0)!)
                {
                    Array.Fill(values, true);
                }
                return (values, null);
            }
            default:
                return Booleans(vector.Flatten());
        }
    }

    /// <summary>Writes the positions whose value is TRUE (not FALSE, not NULL) into <paramref name="selection"/>; returns how many.</summary>
    public static int SelectTrue(Vector predicate, int[] selection)
    {
        if (predicate is ConstantVector constant)
        {
            if (constant.IsNullValue || !(bool)constant.Value.GetObject(0)!)
            {
                return 0;
            }
            for (int i = 0; i < constant.Count; i++)
            {
                selection[i] = i;
            }
            return constant.Count;
        }
        var (values, nulls) = Booleans(predicate);
        int count = predicate.Count;
        int kept = 0;
        if (nulls is null)
        {
            for (int i = 0; i < count; i++)
            {
                selection[kept] = i;
                kept += values[i] ? 1 : 0;
            }
        }
        else
        {
            for (int i = 0; i < count; i++)
            {
                selection[kept] = i;
                kept += values[i] && !Bitmap.Get(nulls, i) ? 1 : 0;
            }
        }
        return kept;
    }

    /// <summary>The rows at <paramref name="positions"/> of the channels in <paramref name="channels"/>; other channels are
    /// replaced by cheap NULL constants so channel numbers stay valid.</summary>
    public static Page TakeChannels(Page page, ReadOnlySpan<int> positions, HashSet<int> channels)
    {
        var columns = new Vector[page.ColumnCount];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = channels.Contains(c) ? page[c].Take(positions) : Vector.NullVector(page[c].Type, positions.Length);
        }
        return new Page(positions.Length, columns);
    }

    /// <summary>Like <see cref="Vector.Take"/>, but a position of -1 gives NULL.</summary>
    public static Vector TakeOrNull(Vector vector, ReadOnlySpan<int> positions)
    {
        bool anyNull = false;
        for (int i = 0; i < positions.Length; i++)
        {
            if (positions[i] < 0)
            {
                anyNull = true;
                break;
            }
        }
        if (!anyNull)
        {
            return vector.Take(positions);
        }
        switch (vector)
        {
            case FlatVector<long> flat:
                return TakeFlatOrNull(flat, positions);
            case FlatVector<int> flat:
                return TakeFlatOrNull(flat, positions);
            case FlatVector<double> flat:
                return TakeFlatOrNull(flat, positions);
            default:
            {
                VectorBuilder builder = VectorBuilder.Create(vector.Type, positions.Length);
                for (int i = 0; i < positions.Length; i++)
                {
                    if (positions[i] < 0)
                    {
                        builder.AppendNull();
                    }
                    else
                    {
                        builder.AppendFrom(vector, positions[i]);
                    }
                }
                return builder.Build();
            }
        }
    }

    private static FlatVector<T> TakeFlatOrNull<T>(FlatVector<T> flat, ReadOnlySpan<int> positions)
        where T : unmanaged
    {
        var values = new T[positions.Length];
        var nulls = Bitmap.Allocate(positions.Length);
        T[] source = flat.Values;
        ulong[]? sourceNulls = flat.Nulls;
        for (int i = 0; i < positions.Length; i++)
        {
            int p = positions[i];
            if (p < 0 || (sourceNulls is not null && Bitmap.Get(sourceNulls, p)))
            {
                Bitmap.Set(nulls, i);
            }
            else
            {
                values[i] = source[p];
            }
        }
        return new FlatVector<T>(flat.Type, values, nulls, positions.Length);
    }

    /// <summary>Assembles a vector of <paramref name="rowCount"/> rows from parts, each holding the values for some rows;
    /// rows no part covers are NULL.</summary>
    public static Vector Merge(SqlType type, int rowCount, IReadOnlyList<(int[] Positions, int Count, Vector Values)> parts)
    {
        if (parts.Count == 1 && parts[0].Count == rowCount)
        {
            return parts[0].Values;
        }
        var source = new int[rowCount];
        var index = new int[rowCount];
        Array.Fill(source, -1);
        for (int p = 0; p < parts.Count; p++)
        {
            var (positions, count, _) = parts[p];
            for (int i = 0; i < count; i++)
            {
                source[positions[i]] = p;
                index[positions[i]] = i;
            }
        }
        VectorBuilder builder = VectorBuilder.Create(type, rowCount);
        for (int row = 0; row < rowCount; row++)
        {
            int part = source[row];
            if (part < 0)
            {
                builder.AppendNull();
            }
            else
            {
                builder.AppendFrom(parts[part].Values, index[row]);
            }
        }
        return builder.Build();
    }

    /// <summary>Identity positions 0..count-1.</summary>
    public static int[] Identity(int count)
    {
        var positions = new int[count];
        for (int i = 0; i < count; i++)
        {
            positions[i] = i;
        }
        return positions;
    }
}
