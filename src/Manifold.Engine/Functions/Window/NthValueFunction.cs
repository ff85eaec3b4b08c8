using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("nth_value", Description = "Value of the offset-th row of the frame, counting from 1 (non-null rows only with IGNORE NULLS); NULL past the frame.", Example = "nth_value(x, 2) OVER (ORDER BY t)")]
internal sealed class NthValueFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Generic([TypeVariable.T], "T", "T", "bigint")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        Vector values = partition.Arguments[0];
        Vector offsets = partition.Arguments[1];
        NonNullIndex? index = partition.IgnoreNulls ? new NonNullIndex(values, partition.RowCount) : null;
        try
        {
            for (int row = 0; row < partition.RowCount; row++)
            {
                if (offsets.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                long offset = WindowArguments.GetInt64(offsets, row);
                if (offset < 1)
                {
                    WindowErrors.InvalidArgument("Offset must be at least 1");
                }
                int start = partition.FrameStart[row];
                int end = partition.FrameEnd[row];
                long target = -1;
                if (start < end)
                {
                    if (index is { } nonNull)
                    {
                        long rank = nonNull.CountBefore(start) + offset - 1;
                        target = rank < nonNull.Count ? nonNull.Position((int)rank) : -1;
                    }
                    else
                    {
                        target = start + offset - 1;
                    }
                }
                if (target >= start && target < end)
                {
                    output.AppendFrom(values, (int)target);
                }
                else
                {
                    output.AppendNull();
                }
            }
        }
        finally
        {
            index?.Dispose();
        }
    }
}
