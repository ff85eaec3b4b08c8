using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Creates <c>tpch</c> catalogs: TPC-H data generated on the fly, identical to dbgen and to Trino's connector.</summary>
/// <remarks>
/// Schemas <c>tiny</c> (scale factor 0.01), <c>sf1</c>, <c>sf10</c>, <c>sf100</c>, ... are listed; any <c>sfN</c> with a
/// positive decimal N (<c>sf0.1</c>, <c>sf2</c>) resolves. Catalog properties: <c>tpch.column-naming</c>
/// (SIMPLIFIED: <c>orderkey</c>, the default; STANDARD: <c>l_orderkey</c>), <c>tpch.double-type-mapping</c> (DOUBLE, the
/// default, or DECIMAL: <c>decimal(12,2)</c>), <c>tpch.max-rows-per-page</c> and <c>tpch.splits-per-node</c>.
/// </remarks>
public sealed class TpchConnectorFactory : IConnectorFactory
{
    /// <inheritdoc />
    public string Name => "tpch";

    /// <inheritdoc />
    public IConnector Create(string catalogName, IReadOnlyDictionary<string, string> properties, ConnectorContext context)
        => new TpchConnector(TpchConfig.Parse(properties));
}
