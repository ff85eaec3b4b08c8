using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("contains", Description = "True when the array contains the element; NULL when it does not but holds a NULL.",
    Example = "contains(ARRAY[1, 2, 3], 2) = true")]
internal sealed class ContainsFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "boolean", "array(T)", "T")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Boolean)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader arrays = ArrayReader.Of(arguments[0]);
            Vector values = arguments[1];
            var result = new FixedResult<bool>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                int start = arrays.Start(row);
                int end = start + arrays.Length(row);
                bool sawNull = false;
                bool found = false;
                for (int i = start; i < end && !found; i++)
                {
                    if (arrays.Elements.IsNull(i))
                    {
                        sawNull = true;
                    }
                    else
                    {
                        found = ValueComparer.Equal(arrays.Elements, i, values, row);
                    }
                }
                if (found)
                {
                    result.Values[row] = true;
                }
                else if (sawNull)
                {
                    result.SetNull(row);
                }
            }
            return result.Build(SqlType.Boolean);
        }
    }
}
