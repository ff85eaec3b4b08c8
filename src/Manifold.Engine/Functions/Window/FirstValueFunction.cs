using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("first_value", Description = "Value of the first row of the frame (the first non-null one with IGNORE NULLS); NULL for an empty frame.", Example = "first_value(x) OVER (ORDER BY t)")]
internal sealed class FirstValueFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "T", "T")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        Vector values = partition.Arguments[0];
        if (!partition.IgnoreNulls)
        {
            for (int row = 0; row < partition.RowCount; row++)
            {
                int start = partition.FrameStart[row];
                if (start < partition.FrameEnd[row])
                {
                    output.AppendFrom(values, start);
                }
                else
                {
                    output.AppendNull();
                }
            }
            return;
        }
        using var index = new NonNullIndex(values, partition.RowCount);
        for (int row = 0; row < partition.RowCount; row++)
        {
            int start = partition.FrameStart[row];
            int end = partition.FrameEnd[row];
            int rank = start < end ? index.CountBefore(start) : index.Count;
            if (rank < index.Count && index.Position(rank) < end)
            {
                output.AppendFrom(values, index.Position(rank));
            }
            else
            {
                output.AppendNull();
            }
        }
    }
}
