using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_union", Description = "The distinct elements of x and y, in first-seen order.", Example = "array_union(ARRAY[1, 2], ARRAY[2, 3]) = ARRAY[1, 2, 3]")]
internal sealed class ArrayUnionFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "array(T)", "array(T)", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader left = state.Arrays[0];
            ArrayReader right = state.Arrays[1];
            int start = left.Start(row);
            state.Set.Reset(left.Elements, left.Length(row) + right.Length(row));
            for (int i = start; i < start + left.Length(row); i++)
            {
                if (state.Set.Add(i))
                {
                    elements.AppendFrom(left.Elements, i);
                }
            }
            int rightStart = right.Start(row);
            state.OtherSet.Reset(right.Elements, right.Length(row));
            for (int i = rightStart; i < rightStart + right.Length(row); i++)
            {
                if (!state.Set.Contains(right.Elements, i) && state.OtherSet.Add(i))
                {
                    elements.AppendFrom(right.Elements, i);
                }
            }
        }
    }
}
