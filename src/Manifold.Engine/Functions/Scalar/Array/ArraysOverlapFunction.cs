using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("arrays_overlap", Description = "True when x and y share a non-NULL element; NULL when they share none but either holds a NULL.",
    Example = "arrays_overlap(ARRAY[1, 2], ARRAY[2, 3]) = true")]
internal sealed class ArraysOverlapFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "boolean", "array(T)", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Boolean)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            ArrayReader left = ArrayReader.Of(arguments[0]);
            ArrayReader right = ArrayReader.Of(arguments[1]);
            var result = new FixedResult<bool>(rowCount, NullMask.Union(arguments, rowCount));
            var set = new PositionSet();
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                bool sawNull = false;
                int leftStart = left.Start(row);
                set.Reset(left.Elements, left.Length(row));
                for (int i = leftStart; i < leftStart + left.Length(row); i++)
                {
                    if (left.Elements.IsNull(i))
                    {
                        sawNull = true;
                    }
                    else
                    {
                        set.Add(i);
                    }
                }
                bool found = false;
                int rightStart = right.Start(row);
                for (int i = rightStart; i < rightStart + right.Length(row) && !found; i++)
                {
                    if (right.Elements.IsNull(i))
                    {
                        sawNull = true;
                    }
                    else
                    {
                        found = set.Contains(right.Elements, i);
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
