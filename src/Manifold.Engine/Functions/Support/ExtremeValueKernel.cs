using System.Numerics;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;
using Vector = Manifold.Spi.Vectors.Vector;

namespace Manifold.Engine.Functions.Support;

/// <summary>greatest / least over any number of arguments of one orderable type; NULL when any argument is NULL.</summary>
/// <remarks>Floating-point NaN orders above every number, so greatest returns NaN when any argument is NaN.</remarks>
internal static class ExtremeValueKernel
{
    /// <summary>The kernel for <paramref name="type"/>; <paramref name="greatest"/> picks the direction.</summary>
    public static IScalarKernel Create(SqlType type, bool greatest) => type.Physical switch
    {
        PhysicalType.Int8 => new Numeric<sbyte>(type, greatest),
        PhysicalType.Int16 => new Numeric<short>(type, greatest),
        PhysicalType.Int32 => new Numeric<int>(type, greatest),
        PhysicalType.Int64 => new Numeric<long>(type, greatest),
        PhysicalType.Float32 => new Numeric<float>(type, greatest),
        PhysicalType.Float64 => new Numeric<double>(type, greatest),
        _ => new Generic(type, greatest),
    };

    private sealed class Numeric<T>(SqlType type, bool greatest) : ScalarKernel(type)
        where T : unmanaged, INumber<T>
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var result = new FixedResult<T>(rowCount, NullMask.Union(arguments, rowCount));
            T[] values = result.Values;
            FixedReader<T> first = FixedReader<T>.Of(arguments[0]);
            for (int row = 0; row < rowCount; row++)
            {
                values[row] = first[row];
            }
            for (int i = 1; i < arguments.Count; i++)
            {
                FixedReader<T> next = FixedReader<T>.Of(arguments[i]);
                for (int row = 0; row < rowCount; row++)
                {
                    T candidate = next[row];
                    T current = values[row];
                    // NaN orders above everything: it wins greatest and loses least.
                    bool better = greatest
                        ? candidate > current || (T.IsNaN(candidate) && !T.IsNaN(current))
                        : candidate < current || (T.IsNaN(current) && !T.IsNaN(candidate));
                    if (better)
                    {
                        values[row] = candidate;
                    }
                }
            }
            ulong[]? nulls = result.Nulls;
            if (nulls is not null)
            {
                for (int row = 0; row < rowCount; row++)
                {
                    if (Bitmap.Get(nulls, row))
                    {
                        values[row] = default;
                    }
                }
            }
            return result.Build(ReturnType);
        }
    }

    private sealed class Generic(SqlType type, bool greatest) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            VectorBuilder output = VectorBuilder.Create(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int best = 0;
                for (int i = 1; i < arguments.Count; i++)
                {
                    int order = ValueComparer.Compare(arguments[i], row, arguments[best], row);
                    if (greatest ? order > 0 : order < 0)
                    {
                        best = i;
                    }
                }
                output.AppendFrom(arguments[best], row);
            }
            return output.Build();
        }
    }
}
