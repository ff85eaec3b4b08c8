using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("slice", Description = "length elements of the array from start (from 1; negative counts from the end).",
    Example = "slice(ARRAY[1, 2, 3, 4], 2, 2) = ARRAY[2, 3]")]
internal sealed class SliceFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "array(T)", "array(T)", "bigint", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader array = state.Arrays[0];
            long start = IntegerValues.Read(state.Arguments[1], row);
            long length = IntegerValues.Read(state.Arguments[2], row);
            if (start == 0)
            {
                FunctionErrors.InvalidArgument("SQL array indices start at 1");
            }
            if (length < 0)
            {
                FunctionErrors.InvalidArgument("length must be greater than or equal to 0");
            }
            int size = array.Length(row);
            long from = start > 0 ? start - 1 : size + start;
            if (from < 0 || from >= size)
            {
                return;
            }
            long count = System.Math.Min(length, size - from);
            elements.AppendRange(array.Elements, array.Start(row) + (int)from, (int)count);
        }
    }
}
