using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_position", Description = "The position (from 1) of the first element equal to the value, or of the instance-th one (negative counts from the end); 0 when absent.",
    Example = "array_position(ARRAY[10, 20, 30], 20) = 2")]
internal sealed class ArrayPositionFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.ComparableT], "bigint", "array(T)", "T"),
        FunctionSignature.Generic([TypeVariable.ComparableT], "bigint", "array(T)", "T", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            Vector values = arguments[1];
            bool hasInstance = arguments.Count > 2;
            FixedReader<long> instances = hasInstance ? FixedReader<long>.Of(arguments[2]) : default;
            var result = new FixedResult<long>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                long instance = hasInstance ? instances[row] : 1;
                if (instance == 0)
                {
                    FunctionErrors.InvalidArgument("0 is an invalid instance position for array_position");
                }
                int start = arrays.Start(row);
                int length = arrays.Length(row);
                long seen = 0;
                long position = 0;
                for (int k = 0; k < length; k++)
                {
                    int i = instance > 0 ? k : length - 1 - k;
                    if (!arrays.Elements.IsNull(start + i) && ValueComparer.Equal(arrays.Elements, start + i, values, row)
                        && ++seen == System.Math.Abs(instance))
                    {
                        position = i + 1;
                        break;
                    }
                }
                result.Values[row] = position;
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
