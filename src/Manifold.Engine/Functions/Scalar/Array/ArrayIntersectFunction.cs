using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_intersect", Description = "The distinct elements that are in both x and y, in x's order.", Example = "array_intersect(ARRAY[1, 2, 3], ARRAY[3, 2, 5]) = ARRAY[2, 3]")]
internal sealed class ArrayIntersectFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "array(T)", "array(T)", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader left = state.Arrays[0];
            ArrayReader right = state.Arrays[1];
            int rightStart = right.Start(row);
            state.OtherSet.Reset(right.Elements, right.Length(row));
            for (int i = rightStart; i < rightStart + right.Length(row); i++)
            {
                state.OtherSet.Add(i);
            }
            int start = left.Start(row);
            state.Set.Reset(left.Elements, left.Length(row));
            for (int i = start; i < start + left.Length(row); i++)
            {
                if (state.OtherSet.Contains(left.Elements, i) && state.Set.Add(i))
                {
                    elements.AppendFrom(left.Elements, i);
                }
            }
        }
    }
}
