namespace Manifold.Engine.Connectors.Memory;

/// <summary>The statistics accumulators of one table version and the pages they cover; never changed once published.</summary>
/// <param name="Columns">One accumulator per column, in table order.</param>
/// <param name="CoveredPages">How many leading pages of the version were added.</param>
/// <param name="LastCoveredPage">The last of those pages.</param>
internal sealed record TableStatisticsState(ColumnStatisticsAccumulator[] Columns, int CoveredPages, StoredPage? LastCoveredPage);
