using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Array;

[ScalarFunction("flatten", Description = "The elements of the inner arrays concatenated; NULL inner arrays are skipped.",
    Example = "flatten(ARRAY[ARRAY[1, 2], ARRAY[3]]) = ARRAY[1, 2, 3]")]
internal sealed class FlattenFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "array(T)", "array(array(T))")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ArrayFunctionKernel(type)
    {
        protected override void BuildRow(RowState state, int row, VectorBuilder elements)
        {
            ArrayReader outer = state.Arrays[0];
            ArrayReader inner = ArrayReader.Of(outer.Elements);
            int start = outer.Start(row);
            for (int i = start; i < start + outer.Length(row); i++)
            {
                if (!inner.IsNull(i))
                {
                    elements.AppendRange(inner.Elements, inner.Start(i), inner.Length(i));
                }
            }
        }
    }
}
