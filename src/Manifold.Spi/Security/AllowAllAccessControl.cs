using Manifold.Spi.Connectors;

namespace Manifold.Spi.Security;

/// <summary>Allows everything: Trino's default <c>allow-all</c>, used when no access control is configured.</summary>
public sealed class AllowAllAccessControl : IAccessControl
{
    /// <summary>The one instance.</summary>
    public static AllowAllAccessControl Instance { get; } = new();

    /// <inheritdoc />
    public void CheckCanExecuteQuery(Identity identity) { }

    /// <inheritdoc />
    public void CheckCanViewQueryOwnedBy(Identity identity, string queryOwner) { }

    /// <inheritdoc />
    public IReadOnlyCollection<string> FilterViewQueryOwnedBy(Identity identity, IReadOnlyCollection<string> queryOwners) => queryOwners;

    /// <inheritdoc />
    public void CheckCanKillQueryOwnedBy(Identity identity, string queryOwner) { }

    /// <inheritdoc />
    public void CheckCanImpersonateUser(Identity identity, string userName) { }

    /// <inheritdoc />
    public void CheckCanReadSystemInformation(Identity identity) { }

    /// <inheritdoc />
    public void CheckCanWriteSystemInformation(Identity identity) { }

    /// <inheritdoc />
    public void CheckCanSetSystemSessionProperty(Identity identity, string propertyName) { }

    /// <inheritdoc />
    public void CheckCanSetCatalogSessionProperty(Identity identity, string catalogName, string propertyName) { }

    /// <inheritdoc />
    public void CheckCanAccessCatalog(Identity identity, string catalogName) { }

    /// <inheritdoc />
    public IReadOnlyCollection<string> FilterCatalogs(Identity identity, IReadOnlyCollection<string> catalogs) => catalogs;

    /// <inheritdoc />
    public void CheckCanCreateSchema(Identity identity, string catalogName, string schemaName) { }

    /// <inheritdoc />
    public void CheckCanDropSchema(Identity identity, string catalogName, string schemaName) { }

    /// <inheritdoc />
    public void CheckCanShowSchemas(Identity identity, string catalogName) { }

    /// <inheritdoc />
    public IReadOnlyCollection<string> FilterSchemas(Identity identity, string catalogName, IReadOnlyCollection<string> schemaNames) => schemaNames;

    /// <inheritdoc />
    public void CheckCanShowTables(Identity identity, string catalogName, string schemaName) { }

    /// <inheritdoc />
    public IReadOnlyCollection<SchemaTableName> FilterTables(Identity identity, string catalogName, IReadOnlyCollection<SchemaTableName> tableNames)
        => tableNames;

    /// <inheritdoc />
    public void CheckCanShowColumns(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public IReadOnlyCollection<string> FilterColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns) => columns;

    /// <inheritdoc />
    public void CheckCanSelectFromColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns) { }

    /// <inheritdoc />
    public void CheckCanInsertIntoTable(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanDeleteFromTable(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanUpdateTableColumns(Identity identity, CatalogSchemaTableName table, IReadOnlyCollection<string> columns) { }

    /// <inheritdoc />
    public void CheckCanCreateTable(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanDropTable(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanRenameTable(Identity identity, CatalogSchemaTableName table, CatalogSchemaTableName newTable) { }

    /// <inheritdoc />
    public void CheckCanAddColumn(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanChangeIndexes(Identity identity, CatalogSchemaTableName table) { }

    /// <inheritdoc />
    public void CheckCanCreateView(Identity identity, CatalogSchemaTableName view) { }

    /// <inheritdoc />
    public void CheckCanDropView(Identity identity, CatalogSchemaTableName view) { }
}
