using Manifold.Spi.Errors;

namespace Manifold.Spi.Security;

/// <summary>The errors of a denied check, with Trino's messages (<c>AccessDeniedException</c>): PERMISSION_DENIED and
/// <c>Access Denied: …</c> naming the object.</summary>
public static class AccessDenied
{
    /// <summary>The message prefix.</summary>
    public const string Prefix = "Access Denied: ";

    /// <summary>PERMISSION_DENIED with <c>Access Denied: </c> and <paramref name="reason"/>.</summary>
    public static ManifoldException Because(string reason) => new(StandardErrorCode.PermissionDenied, Prefix + reason);

    /// <summary>Cannot access catalog.</summary>
    public static ManifoldException AccessCatalog(string catalog) => Because($"Cannot access catalog {catalog}");

    /// <summary>Cannot create schema.</summary>
    public static ManifoldException CreateSchema(string catalog, string schema) => Because($"Cannot create schema {catalog}.{schema}");

    /// <summary>Cannot drop schema.</summary>
    public static ManifoldException DropSchema(string catalog, string schema) => Because($"Cannot drop schema {catalog}.{schema}");

    /// <summary>Cannot show schemas.</summary>
    public static ManifoldException ShowSchemas(string catalog) => Because($"Cannot show schemas of catalog {catalog}");

    /// <summary>Cannot show tables.</summary>
    public static ManifoldException ShowTables(string catalog, string schema) => Because($"Cannot show tables of schema {catalog}.{schema}");

    /// <summary>Cannot show columns.</summary>
    public static ManifoldException ShowColumns(CatalogSchemaTableName table) => Because($"Cannot show columns of table {table}");

    /// <summary>Cannot select from columns; the columns are listed sorted, as <c>[a, b]</c>.</summary>
    public static ManifoldException SelectColumns(CatalogSchemaTableName table, IEnumerable<string> columns)
        => Because($"Cannot select from columns [{string.Join(", ", columns.Order(StringComparer.Ordinal))}] in table or view {table}");

    /// <summary>Cannot insert into table.</summary>
    public static ManifoldException InsertIntoTable(CatalogSchemaTableName table) => Because($"Cannot insert into table {table}");

    /// <summary>Cannot delete from table.</summary>
    public static ManifoldException DeleteFromTable(CatalogSchemaTableName table) => Because($"Cannot delete from table {table}");

    /// <summary>Cannot update columns.</summary>
    public static ManifoldException UpdateColumns(CatalogSchemaTableName table, IEnumerable<string> columns)
        => Because($"Cannot update columns [{string.Join(", ", columns.Order(StringComparer.Ordinal))}] in table {table}");

    /// <summary>Cannot create table.</summary>
    public static ManifoldException CreateTable(CatalogSchemaTableName table) => Because($"Cannot create table {table}");

    /// <summary>Cannot drop table.</summary>
    public static ManifoldException DropTable(CatalogSchemaTableName table) => Because($"Cannot drop table {table}");

    /// <summary>Cannot rename table.</summary>
    public static ManifoldException RenameTable(CatalogSchemaTableName table, CatalogSchemaTableName newTable)
        => Because($"Cannot rename table from {table} to {newTable}");

    /// <summary>Cannot add a column.</summary>
    public static ManifoldException AddColumn(CatalogSchemaTableName table) => Because($"Cannot add a column to table {table}");

    /// <summary>Cannot create view.</summary>
    public static ManifoldException CreateView(CatalogSchemaTableName view) => Because($"Cannot create view {view}");

    /// <summary>Cannot drop view.</summary>
    public static ManifoldException DropView(CatalogSchemaTableName view) => Because($"Cannot drop view {view}");

    /// <summary>Cannot create or drop an index (Manifold statements; Trino has none).</summary>
    public static ManifoldException ChangeIndexes(CatalogSchemaTableName table) => Because($"Cannot create or drop an index on table {table}");

    /// <summary>Cannot set a system session property.</summary>
    public static ManifoldException SetSystemSessionProperty(string property) => Because($"Cannot set system session property {property}");

    /// <summary>Cannot set a catalog session property.</summary>
    public static ManifoldException SetCatalogSessionProperty(string catalog, string property)
        => Because($"Cannot set catalog session property {catalog}.{property}");

    /// <summary>Cannot execute query.</summary>
    public static ManifoldException ExecuteQuery() => Because("Cannot execute query");

    /// <summary>Cannot view query.</summary>
    public static ManifoldException ViewQuery() => Because("Cannot view query");

    /// <summary>Cannot kill query.</summary>
    public static ManifoldException KillQuery() => Because("Cannot kill query");

    /// <summary>User cannot impersonate user.</summary>
    public static ManifoldException ImpersonateUser(string originalUser, string newUser)
        => Because($"User {originalUser} cannot impersonate user {newUser}");

    /// <summary>Cannot read system information.</summary>
    public static ManifoldException ReadSystemInformation() => Because("Cannot read system information");

    /// <summary>Cannot write system information.</summary>
    public static ManifoldException WriteSystemInformation() => Because("Cannot write system information");

    /// <summary>Cannot execute procedure.</summary>
    public static ManifoldException ExecuteProcedure(string procedure) => Because($"Cannot execute procedure {procedure}");
}
