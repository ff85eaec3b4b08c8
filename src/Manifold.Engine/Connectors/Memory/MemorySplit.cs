using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A contiguous range of pages of one table version: every split of a scan shares the version it was planned on.</summary>
/// <param name="Version">The table version (snapshot) to read.</param>
/// <param name="StartPage">The first page.</param>
/// <param name="EndPage">One past the last page.</param>
/// <param name="LastPageRows">How many rows of page <c>EndPage - 1</c> to return (fewer than all under a pushed limit).</param>
internal sealed record MemorySplit(MemoryTableVersion Version, int StartPage, int EndPage, int LastPageRows) : ConnectorSplit;
