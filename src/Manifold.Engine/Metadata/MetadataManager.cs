using System.Collections.Concurrent;
using Manifold.Engine.Connectors.InformationSchema;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;

namespace Manifold.Engine.Metadata;

/// <summary>The engine's view of all catalogs: name resolution, table and view lookup, and connector sessions.</summary>
/// <remarks>Every catalog also has an <c>information_schema</c> schema, served by an <see cref="InformationSchemaConnector"/>
/// over that catalog's metadata. Thread-safe.</remarks>
public sealed class MetadataManager
{
    /// <summary>The name of the per-catalog metadata schema.</summary>
    public const string InformationSchema = "information_schema";

    private readonly ConcurrentDictionary<string, InformationSchemaConnector> _informationSchemas = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SecuredConnectorMetadata> _securedMetadata = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the facade over the catalogs and functions, allowing every user everything.</summary>
    public MetadataManager(CatalogManager catalogs, FunctionRegistry functions)
        : this(catalogs, functions, AllowAllAccessControl.Instance)
    {
    }

    /// <summary>Creates the facade over the catalogs and functions, with <paramref name="accessControl"/> deciding what
    /// each user may see and do.</summary>
    public MetadataManager(CatalogManager catalogs, FunctionRegistry functions, IAccessControl accessControl)
    {
        Catalogs = catalogs;
        Functions = functions;
        AccessControl = accessControl;
    }

    /// <summary>What each user may see and do.</summary>
    public IAccessControl AccessControl { get; }

    /// <summary>The catalogs.</summary>
    public CatalogManager Catalogs { get; }

    /// <summary>The functions.</summary>
    public FunctionRegistry Functions { get; }

    /// <summary>The catalog, or CATALOG_NOT_FOUND.</summary>
    public CatalogEntry GetCatalog(string name, SourceLocation? location = null)
        => Catalogs.TryGetCatalog(name) ?? throw new ManifoldException(StandardErrorCode.CatalogNotFound, $"Catalog '{name}' does not exist", location);

    /// <summary>The catalog, after checking that <paramref name="identity"/> may access it: PERMISSION_DENIED, or
    /// CATALOG_NOT_FOUND. Statements of a user reach catalogs only through this.</summary>
    public CatalogEntry GetCatalog(Identity identity, string name, SourceLocation? location = null)
    {
        AccessControl.CheckCanAccessCatalog(identity, name);
        return GetCatalog(name, location);
    }

    /// <summary>A catalog's metadata as its listings should look to the calling user (the identity of each call's
    /// connector session): schemas, tables and columns the user may not see are left out, and such tables are not found.
    /// For SHOW, DESCRIBE, <c>information_schema</c> and <c>system.metadata</c>; planning uses the connector's own.</summary>
    public IConnectorMetadata GetListingMetadata(CatalogEntry catalog)
        => _securedMetadata.GetOrAdd(catalog.Name, name => new SecuredConnectorMetadata(name, catalog.Connector.Metadata, AccessControl));

    /// <summary>The connector serving <paramref name="schema"/> of <paramref name="catalog"/> (information_schema is served
    /// by the engine).</summary>
    public IConnector GetConnector(CatalogEntry catalog, string schema)
        => schema.Equals(InformationSchema, StringComparison.OrdinalIgnoreCase)
            ? _informationSchemas.GetOrAdd(catalog.Name, name => new InformationSchemaConnector(name, GetListingMetadata(catalog)))
            : catalog.Connector;

    /// <summary>Completes a 1-, 2- or 3-part name with the session's catalog and schema.</summary>
    public static QualifiedObjectName ResolveName(Session.Session session, IReadOnlyList<string> parts, SourceLocation? location)
    {
        switch (parts.Count)
        {
            case 1:
                if (session.Catalog is null)
                {
                    throw new ManifoldException(StandardErrorCode.MissingCatalogName, "Catalog must be specified when session catalog is not set", location);
                }
                if (session.Schema is null)
                {
                    throw new ManifoldException(StandardErrorCode.MissingSchemaName, "Schema must be specified when session schema is not set", location);
                }
                return new QualifiedObjectName(session.Catalog, session.Schema, parts[0].ToLowerInvariant());
            case 2:
                if (session.Catalog is null)
                {
                    throw new ManifoldException(StandardErrorCode.MissingCatalogName, "Catalog must be specified when session catalog is not set", location);
                }
                return new QualifiedObjectName(session.Catalog, parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant());
            case 3:
                return new QualifiedObjectName(parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant(), parts[2].ToLowerInvariant());
            default:
                throw new ManifoldException(StandardErrorCode.SyntaxError, $"Too many dots in table name: {string.Join('.', parts)}", location);
        }
    }

    /// <summary>A connector session for one query in one catalog.</summary>
    public static ConnectorSession CreateConnectorSession(Session.Session session, string queryId, string catalog, DateTimeOffset start, CancellationToken cancellationToken)
    {
        var properties = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (session.CatalogProperties.TryGetValue(catalog, out var catalogProperties))
        {
            foreach (var (key, value) in catalogProperties)
            {
                properties[key] = value;
            }
        }
        return new ConnectorSession(queryId, session.User, session.TimeZoneKey, start)
        {
            Identity = session.Identity,
            Properties = properties,
            CancellationToken = cancellationToken,
        };
    }

    /// <summary>Whether the schema exists in the catalog.</summary>
    public bool SchemaExists(ConnectorSession session, CatalogEntry catalog, string schema)
        => schema.Equals(InformationSchema, StringComparison.OrdinalIgnoreCase)
           || catalog.Connector.Metadata.ListSchemaNames(session).Contains(schema, StringComparer.OrdinalIgnoreCase);

    /// <summary>The table, or null when there is no such table (it may still be a view).</summary>
    /// <remarks>Checks that the session's user may access the catalog.</remarks>
    public TableHandle? GetTableHandle(ConnectorSession session, QualifiedObjectName name, SourceLocation? location = null)
    {
        CatalogEntry catalog = GetCatalog(session.Identity, name.Catalog, location);
        IConnector connector = GetConnector(catalog, name.Schema);
        ConnectorTableHandle? handle = connector.Metadata.GetTableHandle(session, name.SchemaTableName);
        return handle is null ? null : new TableHandle(catalog.Name, name.SchemaTableName, connector, handle);
    }

    /// <summary>The view, or null.</summary>
    /// <remarks>Checks that the session's user may access the catalog.</remarks>
    public ViewDefinition? GetView(ConnectorSession session, QualifiedObjectName name, SourceLocation? location = null)
    {
        CatalogEntry catalog = GetCatalog(session.Identity, name.Catalog, location);
        return GetConnector(catalog, name.Schema).Metadata.GetView(session, name.SchemaTableName);
    }
}
