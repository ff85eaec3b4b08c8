using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary>What the <c>system.metadata</c> tables read: the engine's catalogs and the properties their connectors accept.</summary>
/// <remarks>Declared here and implemented by the engine (over its catalog manager), so that the system connector uses
/// nothing but the SPI. Implementations must be thread-safe.</remarks>
public interface ISystemMetadataSource
{
    /// <summary>Every catalog the session's user may see, <c>system</c> included, sorted by name.</summary>
    IReadOnlyList<SystemCatalogInfo> ListCatalogs(ConnectorSession session);

    /// <summary>The properties of <paramref name="scope"/> that <paramref name="catalog"/>'s connector accepts, sorted by name.</summary>
    IReadOnlyList<PropertyMetadata> ListProperties(SystemCatalogInfo catalog, PropertyScope scope);
}
