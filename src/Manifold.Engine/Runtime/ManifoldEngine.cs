using Manifold.Engine.Connectors.Memory;
using Manifold.Engine.Connectors.SystemCatalog;
using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Spi.Connectors;
using Manifold.Spi.Memory;

namespace Manifold.Engine.Runtime;

/// <summary>The embedded engine: catalogs, functions and statement execution in-process. The server and CLI are built on it.</summary>
/// <example>
/// <code>
/// using var engine = ManifoldEngine.Create();
/// var session = engine.CreateSession(catalog: "tpch", schema: "tiny");
/// await using var result = await engine.ExecuteAsync(session, "SELECT count(*) FROM lineitem");
/// var rows = await result.ReadAllRowsAsync();
/// </code>
/// </example>
public sealed class ManifoldEngine : IDisposable
{
    private readonly StatementExecutor _executor;

    private ManifoldEngine(EngineOptions options)
    {
        Options = WithConfigProperties(options);
        NodeMemory = new MemoryContext("node", long.MaxValue);
        Catalogs = new CatalogManager(new ConnectorContext(NodeMemory, options.TimeProvider));
        foreach (IConnectorFactory factory in BuiltInConnectors.Factories())
        {
            Catalogs.AddFactory(factory);
        }
        // Before etc/catalog, so that a configured catalog named 'system' is rejected.
        Catalogs.AddCatalog(SystemConnector.CatalogName, SystemConnector.ConnectorName, BuiltInConnectors.CreateSystemConnector(Catalogs, options));
        string? catalogDirectory = options.EtcDirectory is null ? null : Path.Combine(options.EtcDirectory, "catalog");
        if (catalogDirectory is not null && Directory.Exists(catalogDirectory))
        {
            Catalogs.LoadCatalogDirectory(catalogDirectory);
        }
        else
        {
            foreach (var (name, connector) in BuiltInConnectors.DefaultCatalogs)
            {
                Catalogs.CreateCatalog(name, connector, new Dictionary<string, string>());
            }
        }
        Metadata = new MetadataManager(Catalogs, FunctionRegistry.BuiltIn, options.AccessControl);
        QueryIds = new QueryIdGenerator(options.NodeId, options.TimeProvider);
        _executor = new StatementExecutor(this);
    }

    /// <summary>The options the engine runs with (given options, completed from <c>etc/config.properties</c>).</summary>
    public EngineOptions Options { get; }

    /// <summary>The catalogs.</summary>
    public CatalogManager Catalogs { get; }

    /// <summary>Catalogs and functions for planning.</summary>
    public MetadataManager Metadata { get; }

    /// <summary>Memory of this node: connectors' data and queries are charged under it.</summary>
    public MemoryContext NodeMemory { get; }

    /// <summary>Creates query ids.</summary>
    public QueryIdGenerator QueryIds { get; }

    /// <summary>Creates an engine.</summary>
    public static ManifoldEngine Create(EngineOptions? options = null) => new(options ?? new EngineOptions());

    /// <summary>A new session.</summary>
    public Session.Session CreateSession(string user = "manifold", string? catalog = null, string? schema = null)
        => new() { User = user, Catalog = catalog, Schema = schema };

    /// <summary>Parses, plans and starts one statement. Rows are computed as the result is read.</summary>
    /// <exception cref="Spi.Errors.ManifoldException">The statement failed (syntax, semantics, execution).</exception>
    public Task<QueryResult> ExecuteAsync(Session.Session session, string sql, CancellationToken cancellationToken = default)
        => _executor.ExecuteAsync(session, sql, QueryIds.Next(), cancellationToken);

    /// <summary>As <see cref="ExecuteAsync(Session.Session, string, CancellationToken)"/>, with a given query id.</summary>
    public Task<QueryResult> ExecuteAsync(Session.Session session, string sql, string queryId, CancellationToken cancellationToken)
        => _executor.ExecuteAsync(session, sql, queryId, cancellationToken);

    /// <summary>Reads the engine settings of <c>etc/config.properties</c> that the options leave open
    /// (<c>query.max-memory-per-node</c>); a malformed value fails with CONFIGURATION_INVALID.</summary>
    private static EngineOptions WithConfigProperties(EngineOptions options)
    {
        string? file = options.EtcDirectory is null ? null : Path.Combine(options.EtcDirectory, "config.properties");
        if (file is null || !File.Exists(file))
        {
            return options;
        }
        Dictionary<string, string> properties = PropertiesFile.Load(file);
        if (options.QueryMaxMemoryPerNode is null && properties.TryGetValue("query.max-memory-per-node", out string? memory))
        {
            if (!DataSize.TryParse(memory, out long bytes))
            {
                throw new Spi.Errors.ManifoldException(Spi.Errors.StandardErrorCode.ConfigurationInvalid,
                    $"{file}: query.max-memory-per-node is not a data size: '{memory}'");
            }
            options = options with { QueryMaxMemoryPerNode = bytes };
        }
        return options;
    }

    /// <summary>The per-query memory limit for a session.</summary>
    internal long QueryMemoryLimit(Session.Session session)
        => session.SystemProperties.ContainsKey(SystemSessionProperties.QueryMaxMemoryPerNode)
           && DataSize.TryParse(session.GetSystemProperty(SystemSessionProperties.QueryMaxMemoryPerNode), out long bytes)
            ? bytes
            : Options.QueryMaxMemoryPerNode ?? SystemSessionProperties.DefaultQueryMemory();

    /// <inheritdoc />
    public void Dispose() => Catalogs.Dispose();
}
