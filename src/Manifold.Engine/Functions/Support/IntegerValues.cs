using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Reads and writes tinyint, smallint, integer and bigint values as <c>long</c>, for kernels that are not hot.</summary>
internal static class IntegerValues
{
    /// <summary>The integral value of a row, widened to <c>long</c>.</summary>
    public static long Read(Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        return resolved switch
        {
            FlatVector<long> v => v.Values[position],
            FlatVector<int> v => v.Values[position],
            FlatVector<short> v => v.Values[position],
            FlatVector<sbyte> v => v.Values[position],
            _ => throw new InvalidOperationException($"Not an integral vector: {vector.Type}"),
        };
    }

    /// <summary>A vector of <paramref name="type"/> from <c>long</c> values known to fit.</summary>
    public static Vector Build(SqlType type, long[] values, ulong[]? nulls, int rowCount)
    {
        switch (type.Kind)
        {
            case TypeKind.BigInt:
                return new FlatVector<long>(type, values, nulls, rowCount);
            case TypeKind.Integer:
            {
                var narrow = new int[values.Length];
                for (int i = 0; i < rowCount; i++)
                {
                    narrow[i] = (int)values[i];
                }
                return new FlatVector<int>(type, narrow, nulls, rowCount);
            }
            case TypeKind.SmallInt:
            {
                var narrow = new short[values.Length];
                for (int i = 0; i < rowCount; i++)
                {
                    narrow[i] = (short)values[i];
                }
                return new FlatVector<short>(type, narrow, nulls, rowCount);
            }
            case TypeKind.TinyInt:
            {
                var narrow = new sbyte[values.Length];
                for (int i = 0; i < rowCount; i++)
                {
                    narrow[i] = (sbyte)values[i];
                }
                return new FlatVector<sbyte>(type, narrow, nulls, rowCount);
            }
            default:
                throw new InvalidOperationException($"Not an integral type: {type}");
        }
    }
}
