using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>One <c>tpch</c> catalog. Stateless apart from its configuration, hence thread-safe.</summary>
internal sealed class TpchConnector(TpchConfig config) : IConnector
{
    public IConnectorMetadata Metadata { get; } = new TpchMetadata(config);

    public IConnectorSplitManager SplitManager { get; } = new TpchSplitManager(config);

    public IConnectorPageSourceProvider PageSourceProvider { get; } = new TpchPageSourceProvider(config);

    public void Dispose()
    {
    }
}
