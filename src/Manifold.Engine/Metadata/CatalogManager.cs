using System.Collections.Concurrent;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Memory;

namespace Manifold.Engine.Metadata;

/// <summary>Holds the connector factories and the catalogs created from them (from <c>etc/catalog/*.properties</c> or code).</summary>
/// <remarks>Thread-safe. Catalog names are lower case.</remarks>
public sealed class CatalogManager : IDisposable
{
    private readonly ConcurrentDictionary<string, IConnectorFactory> _factories = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, CatalogEntry> _catalogs = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, bool> _builtIn = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates a manager whose connectors share <paramref name="context"/>.</summary>
    public CatalogManager(ConnectorContext context) => Context = context;

    /// <summary>What connectors are given when created.</summary>
    public ConnectorContext Context { get; }

    /// <summary>The catalogs, sorted by name.</summary>
    public IReadOnlyList<CatalogEntry> Catalogs => _catalogs.Values.OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Makes a connector kind available.</summary>
    public void AddFactory(IConnectorFactory factory) => _factories[factory.Name] = factory;

    /// <summary>Creates a catalog. Fails with CONFIGURATION_INVALID for an unknown connector, a duplicate name or the name of
    /// a built-in catalog (<c>system</c>).</summary>
    public CatalogEntry CreateCatalog(string name, string connectorName, IReadOnlyDictionary<string, string> properties)
    {
        string catalogName = name.ToLowerInvariant();
        if (_builtIn.ContainsKey(catalogName))
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"Catalog '{catalogName}' is built into the engine and cannot be configured");
        }
        if (!_factories.TryGetValue(connectorName, out IConnectorFactory? factory))
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                $"Catalog '{catalogName}': no connector named '{connectorName}' (known: {string.Join(", ", _factories.Keys.Order())})");
        }
        IConnector connector = factory.Create(catalogName, properties, Context);
        var entry = new CatalogEntry(catalogName, factory.Name, properties, connector);
        if (!_catalogs.TryAdd(catalogName, entry))
        {
            connector.Dispose();
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"Catalog '{catalogName}' already exists");
        }
        return entry;
    }

    /// <summary>Registers an already created connector as a built-in catalog (such as <c>system</c>), whose name no
    /// configured catalog may then use.</summary>
    public CatalogEntry AddCatalog(string name, string connectorName, IConnector connector)
    {
        var entry = new CatalogEntry(name.ToLowerInvariant(), connectorName, new Dictionary<string, string>(), connector);
        if (!_catalogs.TryAdd(entry.Name, entry))
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"Catalog '{entry.Name}' already exists");
        }
        _builtIn[entry.Name] = true;
        return entry;
    }

    /// <summary>Loads every <c>*.properties</c> file of a directory as a catalog named after the file.</summary>
    public void LoadCatalogDirectory(string directory)
    {
        foreach (string file in Directory.GetFiles(directory, "*.properties").Order(StringComparer.Ordinal))
        {
            Dictionary<string, string> properties = PropertiesFile.Load(file);
            if (!properties.Remove("connector.name", out string? connectorName))
            {
                throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"Catalog file '{file}' has no connector.name");
            }
            CreateCatalog(Path.GetFileNameWithoutExtension(file), connectorName, properties);
        }
    }

    /// <summary>The catalog, or null.</summary>
    public CatalogEntry? TryGetCatalog(string name) => _catalogs.TryGetValue(name, out CatalogEntry? entry) ? entry : null;

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (CatalogEntry entry in _catalogs.Values)
        {
            entry.Connector.Dispose();
        }
        _catalogs.Clear();
    }
}
