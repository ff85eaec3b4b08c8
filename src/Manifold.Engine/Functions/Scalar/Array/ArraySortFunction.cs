using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("array_sort", Description = "The array sorted ascending, NULLs last.", Example = "array_sort(ARRAY[3, NULL, 1]) = ARRAY[1, 3, NULL]")]
internal sealed class ArraySortFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.OrderableT], "array(T)", "array(T)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader array = state.Arrays[0];
            int start = array.Start(row);
            int length = array.Length(row);
            if (state.Positions.Length < length)
            {
                state.Positions = new int[length];
            }
            for (int i = 0; i < length; i++)
            {
                state.Positions[i] = start + i;
            }
            System.Array.Sort(state.Positions, 0, length, new PositionComparer(array.Elements));
            for (int i = 0; i < length; i++)
            {
                elements.AppendFrom(array.Elements, state.Positions[i]);
            }
        }
    }
}
