using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A range of a TPC-H table: units [<paramref name="StartUnit"/>, <paramref name="EndUnit"/>), where units are rows,
/// except parts for partsupp and orders for lineitem.</summary>
/// <param name="Table">The table.</param>
/// <param name="ScaleFactor">The scale factor.</param>
/// <param name="StartUnit">First unit (from 0).</param>
/// <param name="EndUnit">End of the range (exclusive).</param>
internal sealed record TpchSplit(TpchTable Table, double ScaleFactor, long StartUnit, long EndUnit) : ConnectorSplit;
