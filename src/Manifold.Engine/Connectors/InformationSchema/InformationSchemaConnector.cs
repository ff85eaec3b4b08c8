using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.InformationSchema;

/// <summary>Serves a catalog's <c>information_schema</c> (schemata, tables, columns, views) from the catalog's own metadata.</summary>
public sealed class InformationSchemaConnector : IConnector
{
    /// <summary>Creates the connector for <paramref name="catalogName"/>, reading <paramref name="target"/>.</summary>
    public InformationSchemaConnector(string catalogName, IConnectorMetadata target)
    {
        var metadata = new InformationSchemaMetadata(catalogName);
        Metadata = metadata;
        SplitManager = new InformationSchemaSplitManager();
        PageSourceProvider = new InformationSchemaPageSourceProvider(catalogName, target);
    }

    /// <inheritdoc />
    public IConnectorMetadata Metadata { get; }

    /// <inheritdoc />
    public IConnectorSplitManager SplitManager { get; }

    /// <inheritdoc />
    public IConnectorPageSourceProvider PageSourceProvider { get; }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
