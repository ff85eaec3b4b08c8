using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.MetadataSchema;

/// <summary><c>system.metadata.table_comments</c>: every table and view of every catalog with its comment (NULL when it has
/// none). A query naming catalogs, schemas or tables visits only those.</summary>
/// <remarks>Other catalogs are asked with the system catalog's connector session: the query id, user, time zone and
/// cancellation carry over; session properties of those catalogs do not.</remarks>
internal sealed class TableCommentsTable(ISystemMetadataSource source)
    : SystemTable(SystemMetadataTables.Schema, "table_comments",
        [Varchar("catalog_name"), Varchar("schema_name"), Varchar("table_name"), Varchar("comment")])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        IReadOnlyList<string>? tableNames = constraint.StringValues("table_name");
        foreach (SystemCatalogInfo catalog in source.ListCatalogs(session))
        {
            if (!constraint.Allows("catalog_name", catalog.Name))
            {
                continue;
            }
            IConnectorMetadata metadata = catalog.Metadata;
            foreach (string schema in metadata.ListSchemaNames(session).Order(StringComparer.Ordinal))
            {
                if (!constraint.Allows("schema_name", schema))
                {
                    continue;
                }
                // Named tables are looked up directly instead of listing the schema.
                IEnumerable<SchemaTableName> names = tableNames is null
                    ? metadata.ListTables(session, schema).OrderBy(n => n.Table, StringComparer.Ordinal)
                    : tableNames.Select(t => new SchemaTableName(schema, t));
                foreach (SchemaTableName name in names)
                {
                    if (TryGetComment(session, metadata, name, out string? comment))
                    {
                        yield return [catalog.Name, name.Schema, name.Table, comment];
                    }
                }
            }
        }
    }

    /// <summary>The comment of a table or view; false when there is neither (a name that was listed but is gone, or a
    /// named table that does not exist).</summary>
    private static bool TryGetComment(ConnectorSession session, IConnectorMetadata metadata, SchemaTableName name, out string? comment)
    {
        if (metadata.GetTableHandle(session, name) is { } handle)
        {
            comment = metadata.GetTableMetadata(session, handle).Comment;
            return true;
        }
        if (metadata.GetView(session, name) is { } view)
        {
            comment = view.Comment;
            return true;
        }
        comment = null;
        return false;
    }
}
