using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_remove", Description = "The array without the elements equal to the value.", Example = "array_remove(ARRAY[1, 2, 1], 1) = ARRAY[2]")]
internal sealed class ArrayRemoveFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.ComparableT], "array(T)", "array(T)", "T")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader array = state.Arrays[0];
            Vector value = state.Arguments[1];
            int start = array.Start(row);
            for (int i = start; i < start + array.Length(row); i++)
            {
                if (array.Elements.IsNull(i) || !ValueComparer.Equal(array.Elements, i, value, row))
                {
                    elements.AppendFrom(array.Elements, i);
                }
            }
        }
    }
}
