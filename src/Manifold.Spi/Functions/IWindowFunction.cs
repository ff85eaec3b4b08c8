using Manifold.Spi.Vectors;

namespace Manifold.Spi.Functions;

/// <summary>A window function (ranking, offset and value functions). Mark the class with <see cref="WindowFunctionAttribute"/>.
/// Aggregates over windows are handled by the engine through <see cref="IGroupedAccumulator"/>.</summary>
public interface IWindowFunction
{
    /// <summary>The overloads.</summary>
    IReadOnlyList<FunctionSignature> Signatures { get; }

    /// <summary>The kernel for one call site; called once at planning time.</summary>
    IWindowKernel Specialize(BoundFunction function);
}

/// <summary>Computes a window function over one partition at a time. Shared by threads: keep it stateless.</summary>
public interface IWindowKernel
{
    /// <summary>Appends one result per row of <paramref name="partition"/>, in partition order, to <paramref name="output"/>.</summary>
    void ProcessPartition(WindowPartition partition, VectorBuilder output);
}

/// <summary>One window partition, sorted by the window's ORDER BY, with the frame and peer group of every row.</summary>
/// <param name="RowCount">Rows in the partition.</param>
/// <param name="Arguments">One vector per function argument, holding the partition's rows in order.</param>
/// <param name="PeerGroupStart">For each row, the first row with equal ORDER BY values (its peer group).</param>
/// <param name="PeerGroupEnd">For each row, one past the last row of its peer group.</param>
/// <param name="FrameStart">For each row, the first row of its frame.</param>
/// <param name="FrameEnd">For each row, one past the last row of its frame (equal to the start for an empty frame).</param>
/// <param name="IgnoreNulls">True for <c>IGNORE NULLS</c> (lag, lead, first_value, last_value, nth_value).</param>
public sealed record WindowPartition(
    int RowCount,
    IReadOnlyList<Vector> Arguments,
    int[] PeerGroupStart,
    int[] PeerGroupEnd,
    int[] FrameStart,
    int[] FrameEnd,
    bool IgnoreNulls);
