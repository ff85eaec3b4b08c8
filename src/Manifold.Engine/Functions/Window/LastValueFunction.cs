using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("last_value", Description = "Value of the last row of the frame (the last non-null one with IGNORE NULLS); NULL for an empty frame.", Example = "last_value(x) OVER (ORDER BY t)")]
internal sealed class LastValueFunction : IWindowFunction
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
                int end = partition.FrameEnd[row];
                if (partition.FrameStart[row] < end)
                {
                    output.AppendFrom(values, end - 1);
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
            int rank = start < end ? index.CountBefore(end) - 1 : -1;
            if (rank >= 0 && index.Position(rank) >= start)
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
