using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Math;

[ScalarFunction("random", Description = "A pseudo-random value: a double in [0, 1), or a number in [0, n) or [m, n).",
    Example = "random(10) = 7", Aliases = ["rand"], Deterministic = false)]
internal sealed class RandomFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("double"),
        FunctionSignature.Of("tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint"),
        FunctionSignature.Of("integer", "integer"),
        FunctionSignature.Of("bigint", "bigint"),
        FunctionSignature.Of("tinyint", "tinyint", "tinyint"),
        FunctionSignature.Of("smallint", "smallint", "smallint"),
        FunctionSignature.Of("integer", "integer", "integer"),
        FunctionSignature.Of("bigint", "bigint", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => function.ArgumentTypes.Count == 0
        ? new DoubleKernel()
        : new BoundedKernel(function.ReturnType, function.ArgumentTypes.Count == 2);

    private sealed class DoubleKernel() : ScalarKernel(SqlType.Double, deterministic: false)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var values = new double[System.Math.Max(rowCount, 1)];
            Random random = Random.Shared;
            for (int row = 0; row < rowCount; row++)
            {
                values[row] = random.NextDouble();
            }
            return new FlatVector<double>(SqlType.Double, values, null, rowCount);
        }
    }

    private sealed class BoundedKernel(SqlType type, bool hasStart) : ScalarKernel(type, deterministic: false)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var values = new long[System.Math.Max(rowCount, 1)];
            Random random = Random.Shared;
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    continue;
                }
                long start = hasStart ? IntegerValues.Read(arguments[0], row) : 0;
                long stop = IntegerValues.Read(arguments[hasStart ? 1 : 0], row);
                if (!hasStart && stop <= 0)
                {
                    FunctionErrors.InvalidArgument("bound must be positive");
                }
                if (start >= stop)
                {
                    FunctionErrors.InvalidArgument("start value must be less than stop value");
                }
                values[row] = random.NextInt64(start, stop);
            }
            return IntegerValues.Build(ReturnType, values, nulls, rowCount);
        }
    }
}
