using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>A TPC-H table at one scale factor.</summary>
/// <param name="Schema">The schema name it was looked up under (<c>tiny</c>, <c>sf1</c>, <c>sf0.1</c>, ...).</param>
/// <param name="Table">The table.</param>
/// <param name="ScaleFactor">The scale factor the schema name denotes.</param>
internal sealed record TpchTableHandle(string Schema, TpchTable Table, double ScaleFactor) : ConnectorTableHandle;
