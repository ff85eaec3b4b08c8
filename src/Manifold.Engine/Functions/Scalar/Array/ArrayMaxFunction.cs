using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_max", Description = "The largest element of the array; NULL when it is empty or holds a NULL.", Example = "array_max(ARRAY[1, 3, 2]) = 3")]
internal sealed class ArrayMaxFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.OrderableT], "T", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            VectorBuilder output = VectorBuilder.Create(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                int length = arrays.IsNull(row) ? 0 : arrays.Length(row);
                int start = length == 0 ? 0 : arrays.Start(row);
                int best = -1;
                for (int i = start; i < start + length; i++)
                {
                    if (arrays.Elements.IsNull(i))
                    {
                        best = -1;
                        break;
                    }
                    if (best < 0 || ValueComparer.Compare(arrays.Elements, i, arrays.Elements, best) > 0)
                    {
                        best = i;
                    }
                }
                if (best < 0)
                {
                    output.AppendNull();
                }
                else
                {
                    output.AppendFrom(arrays.Elements, best);
                }
            }
            return output.Build();
        }
    }
}
