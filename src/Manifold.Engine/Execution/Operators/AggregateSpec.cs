using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Execution.Operators;

/// <summary>One aggregate of a hash aggregation: how to create its accumulator and where its inputs are.</summary>
/// <param name="Factory">Creates accumulators.</param>
/// <param name="ArgumentChannels">Input channels of the arguments.</param>
/// <param name="Distinct">Aggregate distinct argument values only.</param>
/// <param name="FilterChannel">A boolean channel selecting the rows that count, or -1.</param>
/// <param name="OrderBy">Order in which rows reach the accumulator (empty when any order will do).</param>
/// <param name="ResultType">The result type.</param>
internal sealed record AggregateSpec(
    IAccumulatorFactory Factory, int[] ArgumentChannels, bool Distinct, int FilterChannel,
    (int Channel, bool Ascending, bool NullsFirst)[] OrderBy, SqlType ResultType)
{
    /// <summary>Whether rows must reach the accumulator in one thread (DISTINCT and ordered aggregates).</summary>
    public bool NeedsSingleThread => Distinct || OrderBy.Length > 0;
}
