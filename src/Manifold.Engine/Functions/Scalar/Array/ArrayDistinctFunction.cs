using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_distinct", Description = "The array without duplicate elements, in first-seen order.", Example = "array_distinct(ARRAY[1, 2, 1]) = ARRAY[1, 2]")]
internal sealed class ArrayDistinctFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "array(T)", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader array = state.Arrays[0];
            int start = array.Start(row);
            int length = array.Length(row);
            state.Set.Reset(array.Elements, length);
            for (int i = start; i < start + length; i++)
            {
                if (state.Set.Add(i))
                {
                    elements.AppendFrom(array.Elements, i);
                }
            }
        }
    }
}
