using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("cardinality", Description = "The number of elements of an array or entries of a map.", Example = "cardinality(ARRAY[1, 2, 3]) = 3")]
internal sealed class CardinalityFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.T], "bigint", "array(T)"),
        FunctionSignature.Generic([new TypeVariable("K"), new TypeVariable("V")], "bigint", "map(K,V)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[0].Kind == TypeKind.Map);

    private sealed class Kernel(bool isMap) : ScalarKernel(SqlType.BigInt)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            var result = new FixedResult<long>(rowCount, NullMask.Of(arguments[0], rowCount));
            if (isMap)
            {
                MapReader maps = MapReader.Of(arguments[0]);
                for (int row = 0; row < rowCount; row++)
                {
                    result.Values[row] = result.IsNull(row) ? 0 : maps.Length(row);
                }
            }
            else
            {
                ArrayReader arrays = ArrayReader.Of(arguments[0]);
                for (int row = 0; row < rowCount; row++)
                {
                    result.Values[row] = result.IsNull(row) ? 0 : arrays.Length(row);
                }
            }
            return result.Build(SqlType.BigInt);
        }
    }
}
