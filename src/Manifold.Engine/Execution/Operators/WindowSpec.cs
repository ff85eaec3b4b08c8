using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Execution.Operators;

/// <summary>One window function of a window operator: a window kernel or an aggregate over the frame.</summary>
/// <param name="Kernel">The window function kernel, or null for an aggregate.</param>
/// <param name="Aggregate">The aggregate's accumulator factory, or null for a window function.</param>
/// <param name="ArgumentChannels">Argument channels.</param>
/// <param name="Frame">The frame.</param>
/// <param name="StartOffsetChannel">Channel of the frame start offset, or -1.</param>
/// <param name="EndOffsetChannel">Channel of the frame end offset, or -1.</param>
/// <param name="IgnoreNulls">IGNORE NULLS.</param>
/// <param name="ResultType">The result type.</param>
internal sealed record WindowSpec(
    IWindowKernel? Kernel, IAccumulatorFactory? Aggregate, int[] ArgumentChannels, WindowFrame Frame,
    int StartOffsetChannel, int EndOffsetChannel, bool IgnoreNulls, SqlType ResultType);
