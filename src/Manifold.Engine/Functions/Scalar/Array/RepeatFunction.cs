using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("repeat", Description = "An array holding the element count times (count at most 10000).", Example = "repeat('a', 3) = ARRAY['a', 'a', 'a']")]
internal sealed class RepeatFunction : IScalarFunction
{
    private const int MaxCount = 10_000;

    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "array(T)", "T", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            Vector values = arguments[0];
            FixedReader<long> counts = FixedReader<long>.Of(arguments[1]);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                // A NULL element is repeated; only a NULL count gives NULL.
                if (counts.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                long count = counts[row];
                if (count < 0)
                {
                    FunctionErrors.InvalidArgument("count argument of repeat function must be greater than or equal to 0");
                }
                if (count > MaxCount)
                {
                    FunctionErrors.InvalidArgument($"count argument of repeat function must be less than or equal to {MaxCount}");
                }
                for (long i = 0; i < count; i++)
                {
                    output.Elements.AppendFrom(values, row);
                }
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
