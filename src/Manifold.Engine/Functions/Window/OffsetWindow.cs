using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

/// <summary>lag and lead: the value <c>offset</c> rows before (lag) or after (lead) the current row in the partition,
/// ignoring the frame, as in Trino. With IGNORE NULLS, only non-null values are counted (offset 0 still returns the
/// current value). Outside the partition the default (or NULL) is returned; a NULL offset gives NULL.</summary>
internal static class OffsetWindow
{
    public static IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Generic([TypeVariable.T], "T", "T"),
        FunctionSignature.Generic([TypeVariable.T], "T", "T", "bigint"),
        FunctionSignature.Generic([TypeVariable.T], "T", "T", "bigint", "T"),
    ];

    public static void Process(WindowPartition partition, VectorBuilder output, bool forward)
    {
        Vector values = partition.Arguments[0];
        Vector? offsets = partition.Arguments.Count > 1 ? partition.Arguments[1] : null;
        Vector? defaults = partition.Arguments.Count > 2 ? partition.Arguments[2] : null;
        int count = partition.RowCount;
        NonNullIndex? index = partition.IgnoreNulls ? new NonNullIndex(values, count) : null;
        try
        {
            for (int row = 0; row < count; row++)
            {
                if (offsets is not null && offsets.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                long offset = offsets is null ? 1 : WindowArguments.GetInt64(offsets, row);
                if (offset < 0)
                {
                    WindowErrors.InvalidArgument("Offset must be at least 0");
                }
                long target;
                if (index is { } nonNull && offset > 0)
                {
                    long rank = forward ? nonNull.CountBefore(row + 1) + offset - 1 : nonNull.CountBefore(row) - offset;
                    target = rank >= 0 && rank < nonNull.Count ? nonNull.Position((int)rank) : -1;
                }
                else
                {
                    target = forward ? row + offset : row - offset;
                }
                if (target >= 0 && target < count)
                {
                    output.AppendFrom(values, (int)target);
                }
                else if (defaults is not null)
                {
                    output.AppendFrom(defaults, row);
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
