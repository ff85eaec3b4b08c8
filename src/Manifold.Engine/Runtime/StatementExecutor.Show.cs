using System.Text;
using System.Text.RegularExpressions;
using Manifold.Engine.Metadata;
using Manifold.Engine.Planning;
using Manifold.Engine.Session;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Runtime;

internal sealed partial class StatementExecutor
{
    private QueryResult Show(Session.Session session, Statement statement, string queryId, CancellationToken cancellationToken)
    {
        switch (statement)
        {
            case ShowCatalogsStatement catalogs:
                {
                    var like = Like(catalogs.LikePattern, catalogs.Escape);
                    var names = AccessControl.FilterCatalogs(session.Identity, engine.Catalogs.Catalogs.Select(c => c.Name).ToArray());
                    return Rows(queryId, [new QueryColumn("Catalog", SqlType.Varchar)], names.Where(like).Select(n => new object?[] { n }));
                }
            case ShowSchemasStatement schemas:
                {
                    string catalogName = schemas.Catalog?.CanonicalValue ?? session.Catalog
                        ?? throw new ManifoldException(StandardErrorCode.MissingCatalogName, "Catalog must be specified when session catalog is not set", ExpressionBinder.At(schemas));
                    CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, catalogName, ExpressionBinder.At(schemas));
                    AccessControl.CheckCanShowSchemas(session.Identity, catalog.Name);
                    var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, catalog.Name, DateTimeOffset.UtcNow, cancellationToken);
                    var like = Like(schemas.LikePattern, schemas.Escape);
                    var names = engine.Metadata.GetListingMetadata(catalog).ListSchemaNames(connectorSession).Append(MetadataManager.InformationSchema)
                        .Distinct().Order(StringComparer.Ordinal).Where(like);
                    return Rows(queryId, [new QueryColumn("Schema", SqlType.Varchar)], names.Select(n => new object?[] { n }));
                }
            case ShowTablesStatement tables:
                {
                    var (catalogName, schemaName) = ResolveSchema(session, tables.Schema, tables);
                    CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, catalogName, ExpressionBinder.At(tables));
                    AccessControl.CheckCanShowTables(session.Identity, catalog.Name, schemaName);
                    var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, catalog.Name, DateTimeOffset.UtcNow, cancellationToken);
                    if (!engine.Metadata.SchemaExists(connectorSession, catalog, schemaName))
                    {
                        throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{schemaName}' does not exist", ExpressionBinder.At(tables));
                    }
                    var like = Like(tables.LikePattern, tables.Escape);
                    IConnectorMetadata listing = schemaName.Equals(MetadataManager.InformationSchema, StringComparison.OrdinalIgnoreCase)
                        ? engine.Metadata.GetConnector(catalog, schemaName).Metadata
                        : engine.Metadata.GetListingMetadata(catalog);
                    var names = listing.ListTables(connectorSession, schemaName)
                        .Select(t => t.Table).Distinct().Order(StringComparer.Ordinal).Where(like);
                    return Rows(queryId, [new QueryColumn("Table", SqlType.Varchar)], names.Select(n => new object?[] { n }));
                }
            case ShowColumnsStatement columns:
                {
                    var like = Like(columns.LikePattern, columns.Escape);
                    var rows = DescribeTable(session, columns.Table, queryId, cancellationToken)
                        .Where(c => like(c.Name))
                        .Select(c => new object?[] { c.Name, c.Type.Name, "", c.Comment ?? "" });
                    return Rows(queryId,
                        [new("Column", SqlType.Varchar), new("Type", SqlType.Varchar), new("Extra", SqlType.Varchar), new("Comment", SqlType.Varchar)], rows);
                }
            case ShowFunctionsStatement functions:
                {
                    var like = Like(functions.LikePattern, functions.Escape);
                    var rows = engine.Metadata.Functions.All
                        .Where(f => !f.IsHidden && like(f.Name))
                        .SelectMany(f => f.Signatures.Select(s => new object?[]
                        {
                        f.Name,
                        s.ReturnType.ToString(),
                        s.ArgumentsText,
                        f.Attribute.Kind.ToString().ToLowerInvariant(),
                        f.Attribute.Deterministic,
                        f.Attribute.Description,
                        }));
                    return Rows(queryId,
                    [
                        new("Function", SqlType.Varchar), new("Return Type", SqlType.Varchar), new("Argument Types", SqlType.Varchar),
                    new("Function Type", SqlType.Varchar), new("Deterministic", SqlType.Boolean), new("Description", SqlType.Varchar),
                ], rows);
                }
            case ShowSessionStatement show:
                {
                    var like = Like(show.LikePattern, show.Escape);
                    var rows = SystemSessionProperties.All.Values.OrderBy(p => p.Name, StringComparer.Ordinal)
                        .Where(p => like(p.Name))
                        .Select(p => new object?[] { p.Name, session.GetSystemProperty(p.Name), p.DefaultValue, p.Type.Name, p.Description });
                    return Rows(queryId,
                    [
                        new("Name", SqlType.Varchar), new("Value", SqlType.Varchar), new("Default", SqlType.Varchar),
                    new("Type", SqlType.Varchar), new("Description", SqlType.Varchar),
                ], rows);
                }
            case ShowCreateStatement create:
                return Rows(queryId, [new QueryColumn($"Create {create.Kind}", SqlType.Varchar)], [[ShowCreate(session, create, queryId, cancellationToken)]]);
            default:
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported SHOW statement", ExpressionBinder.At(statement));
        }
    }

    private (string Catalog, string Schema) ResolveSchema(Session.Session session, QualifiedName? name, Node node)
    {
        var parts = name?.Parts.Select(p => p.CanonicalValue).ToArray() ?? [];
        return parts.Length switch
        {
            0 when session.Catalog is not null && session.Schema is not null => (session.Catalog, session.Schema),
            0 when session.Catalog is null => throw new ManifoldException(StandardErrorCode.MissingCatalogName,
                "Catalog must be specified when session catalog is not set", ExpressionBinder.At(node)),
            0 => throw new ManifoldException(StandardErrorCode.MissingSchemaName, "Schema must be specified when session schema is not set", ExpressionBinder.At(node)),
            1 when session.Catalog is null => throw new ManifoldException(StandardErrorCode.MissingCatalogName,
                "Catalog must be specified when session catalog is not set", ExpressionBinder.At(node)),
            1 => (session.Catalog!, parts[0]),
            2 => (parts[0], parts[1]),
            _ => throw new ManifoldException(StandardErrorCode.SyntaxError, $"Too many parts in schema name: {name}", ExpressionBinder.At(node)),
        };
    }

    /// <summary>The visible columns of a table or view, for DESCRIBE and SHOW COLUMNS.</summary>
    private IReadOnlyList<(string Name, SqlType Type, string? Comment, bool Nullable)> DescribeTable(
        Session.Session session, QualifiedName name, string queryId, CancellationToken cancellationToken)
    {
        QualifiedObjectName table = MetadataManager.ResolveName(session, name.Parts.Select(p => p.CanonicalValue).ToArray(), ExpressionBinder.At(name));
        var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, table.Catalog, DateTimeOffset.UtcNow, cancellationToken);
        CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, table.Catalog, ExpressionBinder.At(name));
        if (!engine.Metadata.SchemaExists(connectorSession, catalog, table.Schema))
        {
            throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{table.Schema}' does not exist", ExpressionBinder.At(name));
        }
        bool informationSchema = table.Schema.Equals(MetadataManager.InformationSchema, StringComparison.OrdinalIgnoreCase);
        if (!informationSchema)
        {
            AccessControl.CheckCanShowColumns(session.Identity, Qualified(table));
        }
        // Columns the user may not see are left out, as in information_schema.columns.
        IConnectorMetadata metadata = informationSchema ? engine.Metadata.GetConnector(catalog, table.Schema).Metadata : engine.Metadata.GetListingMetadata(catalog);
        if (metadata.GetTableHandle(connectorSession, table.SchemaTableName) is { } handle)
        {
            return metadata.GetTableMetadata(connectorSession, handle).Columns
                .Where(c => !c.Hidden).Select(c => (c.Name, c.Type, c.Comment, c.Nullable)).ToArray();
        }
        if (metadata.GetView(connectorSession, table.SchemaTableName) is { } view)
        {
            return view.Columns.Select(c => (c.Name, c.Type, (string?)null, true)).ToArray();
        }
        throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{table}' does not exist", ExpressionBinder.At(name));
    }

    private string ShowCreate(Session.Session session, ShowCreateStatement create, string queryId, CancellationToken cancellationToken)
    {
        var parts = create.Name.Parts.Select(p => p.CanonicalValue).ToArray();
        switch (create.Kind)
        {
            case ShowCreateKind.Schema:
                {
                    var (catalogName, schema) = ResolveSchema(session, create.Name, create);
                    CatalogEntry catalog = engine.Metadata.GetCatalog(session.Identity, catalogName, ExpressionBinder.At(create.Name));
                    var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, catalog.Name, DateTimeOffset.UtcNow, cancellationToken);
                    if (!engine.Metadata.SchemaExists(connectorSession, catalog, schema))
                    {
                        throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{catalog.Name}.{schema}' does not exist", ExpressionBinder.At(create.Name));
                    }
                    return $"CREATE SCHEMA {catalog.Name}.{schema}";
                }
            case ShowCreateKind.View:
                {
                    QualifiedObjectName name = MetadataManager.ResolveName(session, parts, ExpressionBinder.At(create));
                    var connectorSession = MetadataManager.CreateConnectorSession(session, queryId, name.Catalog, DateTimeOffset.UtcNow, cancellationToken);
                    engine.Metadata.GetCatalog(session.Identity, name.Catalog, ExpressionBinder.At(create));
                    AccessControl.CheckCanShowColumns(session.Identity, Qualified(name));
                    ViewDefinition view = engine.Metadata.GetView(connectorSession, name, ExpressionBinder.At(create))
                        ?? throw new ManifoldException(StandardErrorCode.TableNotFound, $"View '{name}' does not exist", ExpressionBinder.At(create));
                    return $"CREATE VIEW {name} AS\n{view.Sql}";
                }
            default:
                {
                    QualifiedObjectName name = MetadataManager.ResolveName(session, parts, ExpressionBinder.At(create));
                    var columns = DescribeTable(session, create.Name, queryId, cancellationToken);
                    var builder = new StringBuilder($"CREATE TABLE {name} (\n");
                    builder.Append(string.Join(",\n", columns.Select(c => $"   {Quote(c.Name)} {c.Type.Name}{(c.Nullable ? "" : " NOT NULL")}"
                        + (c.Comment is null ? "" : $" COMMENT '{c.Comment.Replace("'", "''", StringComparison.Ordinal)}'"))));
                    return builder.Append("\n)").ToString();
                }
        }
    }

    private static string Quote(string name)
        => name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') && !char.IsAsciiDigit(name[0]) ? name : $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>A predicate for SHOW … LIKE 'pattern' [ESCAPE 'e'] (case-sensitive, as Trino).</summary>
    private static Func<string, bool> Like(StringLiteral? pattern, StringLiteral? escape)
    {
        if (pattern is null)
        {
            return _ => true;
        }
        char? escapeChar = escape?.Value switch
        {
            null => null,
            { Length: 1 } e => e[0],
            _ => throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, "Escape string must be a single character", ExpressionBinder.At(escape)),
        };
        var regex = new StringBuilder("^");
        string text = pattern.Value;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (escapeChar == c)
            {
                if (i + 1 >= text.Length || (text[i + 1] != '%' && text[i + 1] != '_' && text[i + 1] != c))
                {
                    throw new ManifoldException(StandardErrorCode.InvalidFunctionArgument, $"Escape character must be followed by '%', '_' or the escape character itself", ExpressionBinder.At(pattern));
                }
                regex.Append(Regex.Escape(text[++i].ToString()));
            }
            else if (c == '%')
            {
                regex.Append(".*");
            }
            else if (c == '_')
            {
                regex.Append('.');
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        var compiled = new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
        return compiled.IsMatch;
    }
}
