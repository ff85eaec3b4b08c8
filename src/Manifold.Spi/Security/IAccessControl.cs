using Manifold.Spi.Connectors;

namespace Manifold.Spi.Security;

/// <summary>Decides what an identity may do, as Trino's <c>SystemAccessControl</c>: the engine and the coordinator call
/// it before every action and filter every listing through it.</summary>
/// <remarks>
/// A <c>Check…</c> method returns when the action is allowed and throws PERMISSION_DENIED (see <see cref="AccessDenied"/>
/// for the messages) when it is not. A <c>Filter…</c> method returns the subset of its input the identity may see, in the
/// input's order. Implementations must be thread-safe and fast: listings call them once per object. The catalog is
/// checked separately (<see cref="CheckCanAccessCatalog"/>) before any of its schemas or tables.
/// </remarks>
public interface IAccessControl
{
    /// <summary>Whether the identity may run queries at all.</summary>
    void CheckCanExecuteQuery(Identity identity);

    /// <summary>Whether the identity may see a query of <paramref name="queryOwner"/> (own queries always).</summary>
    void CheckCanViewQueryOwnedBy(Identity identity, string queryOwner);

    /// <summary>The owners, of <paramref name="queryOwners"/>, whose queries the identity may see.</summary>
    IReadOnlyCollection<string> FilterViewQueryOwnedBy(Identity identity, IReadOnlyCollection<string> queryOwners);

    /// <summary>Whether the identity may kill a query of <paramref name="queryOwner"/> (own queries always).</summary>
    void CheckCanKillQueryOwnedBy(Identity identity, string queryOwner);

    /// <summary>Whether <paramref name="identity"/> (the authenticated user) may run statements as <paramref name="userName"/>.</summary>
    void CheckCanImpersonateUser(Identity identity, string userName);

    /// <summary>Whether the identity may read system information (<c>/v1/node</c>).</summary>
    void CheckCanReadSystemInformation(Identity identity);

    /// <summary>Whether the identity may change the node's state (graceful shutdown through <c>PUT /v1/info/state</c>).</summary>
    void CheckCanWriteSystemInformation(Identity identity);

    /// <summary>Whether the identity may set a system session property.</summary>
    void CheckCanSetSystemSessionProperty(Identity identity, string propertyName);

    /// <summary>Whether the identity may set a session property of a catalog.</summary>
    void CheckCanSetCatalogSessionProperty(Identity identity, string catalogName, string propertyName);

    /// <summary>Whether the identity may use the catalog at all.</summary>
    void CheckCanAccessCatalog(Identity identity, string catalogName);

    /// <summary>The catalogs the identity may see.</summary>
    IReadOnlyCollection<string> FilterCatalogs(Identity identity, IReadOnlyCollection<string> catalogs);

    /// <summary>Whether the identity may create the schema.</summary>
    void CheckCanCreateSchema(Identity identity, string catalogName, string schemaName);

    /// <summary>Whether the identity may drop the schema.</summary>
    void CheckCanDropSchema(Identity identity, string catalogName, string schemaName);

    /// <summary>Whether the identity may list the schemas of the catalog.</summary>
    void CheckCanShowSchemas(Identity identity, string catalogName);

    /// <summary>The schemas of the catalog the identity may see.</summary>
    IReadOnlyCollection<string> FilterSchemas(Identity identity, string catalogName, IReadOnlyCollection<string> schemaNames);

    /// <summary>Whether the identity may list the tables of the schema.</summary>
    void CheckCanShowTables(Identity identity, string catalogName, string schemaName);

    /// <summary>The tables and views of the catalog the identity may see.</summary>
    IReadOnlyCollection<SchemaTableName> FilterTables(Identity identity, string catalogName, IReadOnlyCollection<SchemaTableName> tableNames);

    /// <summary>Whether the identity may list the columns of the table or view.</summary>
    void CheckCanShowColumns(Identity identity, CatalogSchemaTableName table);

    /// <summary>The columns of the table or view the identity may see.</summary>
    IReadOnlyCollection<string> FilterColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns);

    /// <summary>Whether the identity may read the columns of the table or view; no columns (<c>count(*)</c>) checks the
    /// table alone.</summary>
    void CheckCanSelectFromColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns);

    /// <summary>Whether the identity may insert into the table.</summary>
    void CheckCanInsertIntoTable(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may delete from the table.</summary>
    void CheckCanDeleteFromTable(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may update the columns of the table.</summary>
    void CheckCanUpdateTableColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns);

    /// <summary>Whether the identity may create the table.</summary>
    void CheckCanCreateTable(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may drop the table.</summary>
    void CheckCanDropTable(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may rename the table.</summary>
    void CheckCanRenameTable(Identity identity, CatalogSchemaTableName table, CatalogSchemaTableName newTable);

    /// <summary>Whether the identity may add a column to the table.</summary>
    void CheckCanAddColumn(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may create or drop an index on the table (CREATE/DROP INDEX; Trino has no indexes).</summary>
    void CheckCanChangeIndexes(Identity identity, CatalogSchemaTableName table);

    /// <summary>Whether the identity may create the view.</summary>
    void CheckCanCreateView(Identity identity, CatalogSchemaTableName view);

    /// <summary>Whether the identity may drop the view.</summary>
    void CheckCanDropView(Identity identity, CatalogSchemaTableName view);
}
