using Manifold.Engine.Analysis;
using Manifold.Engine.Metadata;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using Manifold.Sql.Formatting;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Runtime;

internal sealed partial class StatementExecutor
{
    private readonly IndexRegistry _indexes = new();

    private async Task<QueryResult> ExecuteChangeAsync(
        Session.Session session, Statement statement, string queryId, IReadOnlyList<BoundExpression> parameters, CancellationToken cancellationToken)
    {
        PlannerContext planner = CreatePlannerContext(session, queryId, parameters, cancellationToken);
        switch (statement)
        {
            case CreateSchemaStatement create:
                {
                    var (catalog, schema) = SchemaName(planner, create.Name);
                    AccessControl.CheckCanCreateSchema(planner.Session.Identity, catalog.Name, schema);
                    var connectorSession = planner.ConnectorSession(catalog.Name);
                    if (engine.Metadata.SchemaExists(connectorSession, catalog, schema))
                    {
                        if (create.IfNotExists)
                        {
                            return Done(queryId, "CREATE SCHEMA");
                        }
                        throw new ManifoldException(StandardErrorCode.SchemaAlreadyExists, $"Schema '{catalog.Name}.{schema}' already exists", ExpressionBinder.At(create.Name));
                    }
                    catalog.Connector.Metadata.CreateSchema(connectorSession, schema);
                    return Done(queryId, "CREATE SCHEMA");
                }
            case DropSchemaStatement drop:
                {
                    var (catalog, schema) = SchemaName(planner, drop.Name);
                    AccessControl.CheckCanDropSchema(planner.Session.Identity, catalog.Name, schema);
                    var connectorSession = planner.ConnectorSession(catalog.Name);
                    if (!engine.Metadata.SchemaExists(connectorSession, catalog, schema))
                    {
                        if (drop.IfExists)
                        {
                            return Done(queryId, "DROP SCHEMA");
                        }
                        throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{catalog.Name}.{schema}' does not exist", ExpressionBinder.At(drop.Name));
                    }
                    catalog.Connector.Metadata.DropSchema(connectorSession, schema, drop.Cascade);
                    return Done(queryId, "DROP SCHEMA");
                }
            case CreateTableStatement create:
                return CreateTable(planner, create);
            case CreateTableAsSelectStatement createAs:
                return await CreateTableAsSelectAsync(planner, createAs, cancellationToken).ConfigureAwait(false);
            case CreateViewStatement view:
                return CreateView(planner, view);
            case DropTableStatement drop:
                {
                    QualifiedObjectName name = ResolveName(planner, drop.Name);
                    AccessControl.CheckCanDropTable(planner.Session.Identity, Qualified(name));
                    var connectorSession = planner.ConnectorSession(name.Catalog);
                    if (engine.Metadata.GetTableHandle(connectorSession, name, ExpressionBinder.At(drop.Name)) is not { } table)
                    {
                        if (drop.IfExists)
                        {
                            return Done(queryId, "DROP TABLE");
                        }
                        throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{name}' does not exist", ExpressionBinder.At(drop.Name));
                    }
                    table.Connector.Metadata.DropTable(connectorSession, table.Handle);
                    _indexes.RemoveTable(name);
                    return Done(queryId, "DROP TABLE");
                }
            case DropViewStatement drop:
                {
                    QualifiedObjectName name = ResolveName(planner, drop.Name);
                    AccessControl.CheckCanDropView(planner.Session.Identity, Qualified(name));
                    var connectorSession = planner.ConnectorSession(name.Catalog);
                    if (engine.Metadata.GetView(connectorSession, name, ExpressionBinder.At(drop.Name)) is null)
                    {
                        if (drop.IfExists)
                        {
                            return Done(queryId, "DROP VIEW");
                        }
                        throw new ManifoldException(StandardErrorCode.TableNotFound, $"View '{name}' does not exist", ExpressionBinder.At(drop.Name));
                    }
                    engine.Metadata.GetCatalog(name.Catalog).Connector.Metadata.DropView(connectorSession, name.SchemaTableName);
                    return Done(queryId, "DROP VIEW");
                }
            case RenameTableStatement rename:
                {
                    QualifiedObjectName source = ResolveName(planner, rename.Source);
                    var connectorSession = planner.ConnectorSession(source.Catalog);
                    if (engine.Metadata.GetTableHandle(connectorSession, source, ExpressionBinder.At(rename.Source)) is not { } table)
                    {
                        if (rename.IfExists)
                        {
                            return Done(queryId, "RENAME TABLE");
                        }
                        throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{source}' does not exist", ExpressionBinder.At(rename.Source));
                    }
                    var targetParts = rename.Target.Parts.Select(p => p.CanonicalValue).ToArray();
                    QualifiedObjectName target = targetParts.Length == 1
                        ? source with { Name = targetParts[0] }
                        : ResolveName(planner, rename.Target);
                    if (target.Catalog != source.Catalog)
                    {
                        throw new ManifoldException(StandardErrorCode.NotSupported, "Table rename across catalogs is not supported", ExpressionBinder.At(rename.Target));
                    }
                    AccessControl.CheckCanRenameTable(planner.Session.Identity, Qualified(source), Qualified(target));
                    if (engine.Metadata.GetTableHandle(connectorSession, target) is not null || engine.Metadata.GetView(connectorSession, target) is not null)
                    {
                        throw new ManifoldException(StandardErrorCode.TableAlreadyExists, $"Target table '{target}' already exists", ExpressionBinder.At(rename.Target));
                    }
                    table.Connector.Metadata.RenameTable(connectorSession, table.Handle, target.SchemaTableName);
                    return Done(queryId, "RENAME TABLE");
                }
            case AddColumnStatement add:
                {
                    QualifiedObjectName name = ResolveName(planner, add.Table);
                    var connectorSession = planner.ConnectorSession(name.Catalog);
                    if (engine.Metadata.GetTableHandle(connectorSession, name, ExpressionBinder.At(add.Table)) is not { } table)
                    {
                        if (add.TableIfExists)
                        {
                            return Done(queryId, "ADD COLUMN");
                        }
                        throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{name}' does not exist", ExpressionBinder.At(add.Table));
                    }
                    AccessControl.CheckCanAddColumn(planner.Session.Identity, Qualified(name));
                    ColumnMetadata column = Column(add.Column);
                    if (table.Connector.Metadata.GetTableMetadata(connectorSession, table.Handle).Columns.Any(c => c.Name == column.Name))
                    {
                        if (add.ColumnIfNotExists)
                        {
                            return Done(queryId, "ADD COLUMN");
                        }
                        throw new ManifoldException(StandardErrorCode.ColumnAlreadyExists, $"Column '{column.Name}' already exists", ExpressionBinder.At(add.Column));
                    }
                    table.Connector.Metadata.AddColumn(connectorSession, table.Handle, column);
                    return Done(queryId, "ADD COLUMN");
                }
            case InsertStatement insert:
                return Done(queryId, "INSERT", count: await InsertAsync(planner, insert, cancellationToken).ConfigureAwait(false));
            case DeleteStatement delete:
                return Done(queryId, "DELETE", count: await ChangeRowsAsync(planner, delete.Table, [], delete.Where, cancellationToken).ConfigureAwait(false));
            case UpdateStatement update:
                return Done(queryId, "UPDATE", count: await ChangeRowsAsync(planner, update.Table, update.Assignments, update.Where, cancellationToken).ConfigureAwait(false));
            case CreateIndexStatement index:
                return await CreateIndexAsync(planner, index, cancellationToken).ConfigureAwait(false);
            case DropIndexStatement drop:
                {
                    var parts = drop.Name.Parts.Select(p => p.CanonicalValue).ToArray();
                    QualifiedObjectName name = ResolveName(planner, drop.Name);
                    if (_indexes.TryGetTable(name.Catalog, name.Schema, name.Name) is { } indexed)
                    {
                        AccessControl.CheckCanChangeIndexes(planner.Session.Identity, Qualified(indexed));
                    }
                    if (!_indexes.TryRemove(name.Catalog, name.Schema, name.Name) && !drop.IfExists)
                    {
                        throw new ManifoldException(StandardErrorCode.NotFound, $"Index '{string.Join('.', parts)}' does not exist", ExpressionBinder.At(drop.Name));
                    }
                    return Done(queryId, "DROP INDEX");
                }
            case CallStatement call:
                return Call(planner, call);
            default:
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported statement: {statement.GetType().Name}", ExpressionBinder.At(statement));
        }
    }

    private (CatalogEntry Catalog, string Schema) SchemaName(PlannerContext planner, QualifiedName name)
    {
        var parts = name.Parts.Select(p => p.CanonicalValue).ToArray();
        string catalog = parts.Length switch
        {
            1 => planner.Session.Catalog ?? throw new ManifoldException(StandardErrorCode.MissingCatalogName,
                "Catalog must be specified when session catalog is not set", ExpressionBinder.At(name)),
            2 => parts[0],
            _ => throw new ManifoldException(StandardErrorCode.SyntaxError, $"Too many parts in schema name: {name}", ExpressionBinder.At(name)),
        };
        return (engine.Metadata.GetCatalog(planner.Session.Identity, catalog, ExpressionBinder.At(name)), parts[^1]);
    }

    private static QualifiedObjectName ResolveName(PlannerContext planner, QualifiedName name)
        => MetadataManager.ResolveName(planner.Session, name.Parts.Select(p => p.CanonicalValue).ToArray(), ExpressionBinder.At(name));

    /// <summary>Checks that a new table or view can be created under <paramref name="name"/>; false when it exists and
    /// <paramref name="ifNotExists"/> says to do nothing.</summary>
    private bool CheckCreatable(PlannerContext planner, QualifiedObjectName name, bool ifNotExists, Node node)
    {
        CatalogEntry catalog = engine.Metadata.GetCatalog(planner.Session.Identity, name.Catalog, ExpressionBinder.At(node));
        AccessControl.CheckCanCreateTable(planner.Session.Identity, Qualified(name));
        var connectorSession = planner.ConnectorSession(name.Catalog);
        if (!engine.Metadata.SchemaExists(connectorSession, catalog, name.Schema))
        {
            throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{name.Schema}' does not exist", ExpressionBinder.At(node));
        }
        if (engine.Metadata.GetTableHandle(connectorSession, name) is not null || engine.Metadata.GetView(connectorSession, name) is not null)
        {
            if (ifNotExists)
            {
                return false;
            }
            throw new ManifoldException(StandardErrorCode.TableAlreadyExists, $"Table '{name}' already exists", ExpressionBinder.At(node));
        }
        return true;
    }

    private static ColumnMetadata Column(ColumnDefinition definition)
        => new(definition.Name.CanonicalValue, TypeResolver.Resolve(definition.Type), !definition.NotNull, definition.Comment);

    private QueryResult CreateTable(PlannerContext planner, CreateTableStatement create)
    {
        QualifiedObjectName name = ResolveName(planner, create.Name);
        if (!CheckCreatable(planner, name, create.IfNotExists, create.Name))
        {
            return Done(planner.QueryId, "CREATE TABLE");
        }
        var columns = new List<ColumnMetadata>();
        foreach (TableElement element in create.Elements)
        {
            switch (element)
            {
                case ColumnDefinition definition:
                    columns.Add(Column(definition));
                    break;
                case LikeClause like:
                    {
                        QualifiedObjectName source = ResolveName(planner, like.Table);
                        var connectorSession = planner.ConnectorSession(source.Catalog);
                        TableHandle table = engine.Metadata.GetTableHandle(connectorSession, source, ExpressionBinder.At(like.Table))
                            ?? throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{source}' does not exist", ExpressionBinder.At(like.Table));
                        columns.AddRange(table.Connector.Metadata.GetTableMetadata(connectorSession, table.Handle).Columns.Where(c => !c.Hidden));
                        break;
                    }
            }
        }
        string? duplicate = columns.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ManifoldException(StandardErrorCode.DuplicateColumnName, $"Column name '{duplicate}' specified more than once", ExpressionBinder.At(create));
        }
        engine.Metadata.GetCatalog(name.Catalog).Connector.Metadata.CreateTable(planner.ConnectorSession(name.Catalog),
            new TableMetadata(name.SchemaTableName, columns, create.Comment));
        return Done(planner.QueryId, "CREATE TABLE");
    }

    private async Task<QueryResult> CreateTableAsSelectAsync(PlannerContext planner, CreateTableAsSelectStatement create, CancellationToken cancellationToken)
    {
        QualifiedObjectName name = ResolveName(planner, create.Name);
        if (!CheckCreatable(planner, name, create.IfNotExists, create.Name))
        {
            return Done(planner.QueryId, "CREATE TABLE", count: 0);
        }
        RelationPlan plan = new QueryPlanner(planner).PlanQuery(create.Query);
        var fields = plan.Scope.VisibleFields.ToArray();
        if (create.ColumnAliases is { } aliases && aliases.Count != fields.Length)
        {
            throw new ManifoldException(StandardErrorCode.MismatchedColumnAliases,
                $"Column alias list has {aliases.Count} entries but query has {fields.Length} columns", ExpressionBinder.At(create));
        }
        var columns = new List<ColumnMetadata>();
        for (int i = 0; i < fields.Length; i++)
        {
            string? columnName = create.ColumnAliases?[i].CanonicalValue ?? fields[i].Name;
            if (columnName is null)
            {
                throw new ManifoldException(StandardErrorCode.MissingColumnName, $"Column name not specified at position {i + 1}", ExpressionBinder.At(create.Query));
            }
            if (fields[i].Symbol.Type.Kind == TypeKind.Unknown)
            {
                throw new ManifoldException(StandardErrorCode.ColumnTypeUnknown, $"Column type is unknown at position {i + 1}", ExpressionBinder.At(create.Query));
            }
            columns.Add(new ColumnMetadata(columnName, fields[i].Symbol.Type));
        }
        string? duplicate = columns.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw new ManifoldException(StandardErrorCode.DuplicateColumnName, $"Column name '{duplicate}' specified more than once", ExpressionBinder.At(create));
        }
        var connectorSession = planner.ConnectorSession(name.Catalog);
        IConnectorMetadata metadata = engine.Metadata.GetCatalog(name.Catalog).Connector.Metadata;
        metadata.CreateTable(connectorSession, new TableMetadata(name.SchemaTableName, columns, create.Comment));
        if (!create.WithData)
        {
            return Done(planner.QueryId, "CREATE TABLE", count: 0);
        }
        try
        {
            TableHandle table = engine.Metadata.GetTableHandle(connectorSession, name)!;
            var handles = metadata.GetColumnHandles(connectorSession, table.Handle).Where(h => columns.Any(c => c.Name == h.Name)).ToArray();
            Symbol rowCount = planner.Symbols.New("rows", SqlType.BigInt);
            PlanNode source = ExpressionBinder.ProjectTo(plan.Root, fields.Select(f => f.Symbol).ToArray());
            if (source.Outputs.Distinct().Count() != source.Outputs.Count)
            {
                source = new ProjectNode(plan.Root, fields.Select(f => new Assignment(planner.Symbols.Copy(f.Symbol), new SymbolReference(f.Symbol))).ToArray());
            }
            long rows = await RunCountAsync(planner, new TableWriterNode(source, table, handles, rowCount), cancellationToken).ConfigureAwait(false);
            return Done(planner.QueryId, "CREATE TABLE", count: rows);
        }
        catch
        {
            // CREATE TABLE AS either fully happens or not at all.
            if (engine.Metadata.GetTableHandle(connectorSession, name) is { } created)
            {
                metadata.DropTable(connectorSession, created.Handle);
            }
            throw;
        }
    }

    private QueryResult CreateView(PlannerContext planner, CreateViewStatement create)
    {
        QualifiedObjectName name = ResolveName(planner, create.Name);
        var connectorSession = planner.ConnectorSession(name.Catalog);
        CatalogEntry catalog = engine.Metadata.GetCatalog(planner.Session.Identity, name.Catalog, ExpressionBinder.At(create.Name));
        AccessControl.CheckCanCreateView(planner.Session.Identity, Qualified(name));
        if (!engine.Metadata.SchemaExists(connectorSession, catalog, name.Schema))
        {
            throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{name.Schema}' does not exist", ExpressionBinder.At(create.Name));
        }
        if (engine.Metadata.GetTableHandle(connectorSession, name) is not null)
        {
            throw new ManifoldException(StandardErrorCode.TableAlreadyExists, $"Table '{name}' already exists", ExpressionBinder.At(create.Name));
        }
        if (!create.Replace && engine.Metadata.GetView(connectorSession, name) is not null)
        {
            throw new ManifoldException(StandardErrorCode.TableAlreadyExists, $"View '{name}' already exists", ExpressionBinder.At(create.Name));
        }
        RelationPlan plan = new QueryPlanner(planner).PlanQuery(create.Query);
        var fields = plan.Scope.VisibleFields.ToArray();
        var columns = fields.Select((f, i) => new ViewColumn(f.Name ?? $"_col{i}", f.Symbol.Type)).ToArray();
        var view = new ViewDefinition(SqlFormatter.Format(create.Query), planner.Session.Catalog, planner.Session.Schema, columns, planner.Session.User, create.Comment);
        catalog.Connector.Metadata.CreateView(connectorSession, name.SchemaTableName, view, create.Replace);
        return Done(planner.QueryId, "CREATE VIEW");
    }

    private async Task<long> InsertAsync(PlannerContext planner, InsertStatement insert, CancellationToken cancellationToken)
    {
        QualifiedObjectName name = ResolveName(planner, insert.Target);
        var connectorSession = planner.ConnectorSession(name.Catalog);
        TableHandle table = engine.Metadata.GetTableHandle(connectorSession, name, ExpressionBinder.At(insert.Target))
            ?? throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{name}' does not exist", ExpressionBinder.At(insert.Target));
        AccessControl.CheckCanInsertIntoTable(planner.Session.Identity, Qualified(name));
        IConnectorMetadata metadata = table.Connector.Metadata;
        var columns = metadata.GetTableMetadata(connectorSession, table.Handle).Columns.Where(c => !c.Hidden).ToArray();
        var handles = metadata.GetColumnHandles(connectorSession, table.Handle).ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        ColumnMetadata[] targets;
        if (insert.Columns is { } names)
        {
            targets = names.Select(n => columns.FirstOrDefault(c => c.Name == n.CanonicalValue)
                ?? throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Insert column name does not exist: {n.CanonicalValue}", ExpressionBinder.At(n))).ToArray();
            if (targets.Select(t => t.Name).Distinct().Count() != targets.Length)
            {
                throw new ManifoldException(StandardErrorCode.DuplicateColumnName, "Insert column name is specified more than once", ExpressionBinder.At(insert));
            }
        }
        else
        {
            targets = columns;
        }
        RelationPlan plan = new QueryPlanner(planner).PlanQuery(insert.Query);
        var fields = plan.Scope.VisibleFields.ToArray();
        if (fields.Length != targets.Length)
        {
            throw new ManifoldException(StandardErrorCode.MismatchedColumnAliases,
                $"Insert query has {fields.Length} columns but {targets.Length} were expected", ExpressionBinder.At(insert.Query));
        }
        var assignments = new List<Assignment>();
        foreach (ColumnMetadata column in columns)
        {
            int index = Array.FindIndex(targets, t => t.Name == column.Name);
            BoundExpression value = index < 0 ? ConstantExpression.Null(column.Type) : InsertCoercion(new SymbolReference(fields[index].Symbol), column, insert.Query);
            assignments.Add(new Assignment(planner.Symbols.New(column.Name, column.Type), value));
        }
        var source = new ProjectNode(plan.Root, assignments.ToArray());
        Symbol rowCount = planner.Symbols.New("rows", SqlType.BigInt);
        var writer = new TableWriterNode(source, table, columns.Select(c => handles[c.Name]).ToArray(), rowCount);
        return await RunCountAsync(planner, writer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A value coerced to a column's type for INSERT/UPDATE: implicit coercions, plus casts between character types
    /// and between numeric types (values out of range fail at run time).</summary>
    private static BoundExpression InsertCoercion(BoundExpression value, ColumnMetadata column, Node node)
    {
        if (value.Type == column.Type)
        {
            return value;
        }
        if (TypeCoercion.CanCoerce(value.Type, column.Type))
        {
            return ExpressionBinder.Coerce(value, column.Type);
        }
        if ((value.Type.IsCharacter && column.Type.IsCharacter) || (value.Type.IsNumeric && column.Type.IsNumeric))
        {
            return new CastExpression(value, column.Type, Safe: false);
        }
        throw new ManifoldException(StandardErrorCode.TypeMismatch,
            $"Insert query has mismatched column types: Table: [{column.Type.Name}], Query: [{value.Type.Name}]", ExpressionBinder.At(node));
    }

    private async Task<long> ChangeRowsAsync(
        PlannerContext planner, QualifiedName tableName, IReadOnlyList<UpdateAssignment> updates, Expression? where, CancellationToken cancellationToken)
    {
        QualifiedObjectName name = ResolveName(planner, tableName);
        var connectorSession = planner.ConnectorSession(name.Catalog);
        TableHandle table = engine.Metadata.GetTableHandle(connectorSession, name, ExpressionBinder.At(tableName))
            ?? throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{name}' does not exist", ExpressionBinder.At(tableName));
        IConnectorMetadata metadata = table.Connector.Metadata;
        ConnectorColumnHandle rowId = metadata.GetRowIdColumnHandle(connectorSession, table.Handle)
            ?? throw new ManifoldException(StandardErrorCode.NotSupported, $"This connector does not support {(updates.Count == 0 ? "deletes" : "updates")}", ExpressionBinder.At(tableName));
        var columns = metadata.GetTableMetadata(connectorSession, table.Handle).Columns.Where(c => !c.Hidden).ToArray();
        var handles = metadata.GetColumnHandles(connectorSession, table.Handle).ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
        // SELECT $row_id, new values FROM table WHERE condition
        var items = new List<SelectItem> { new SingleColumn(new Identifier(rowId.Name, true), null) };
        var targets = new List<ColumnMetadata>();
        foreach (UpdateAssignment update in updates)
        {
            ColumnMetadata column = columns.FirstOrDefault(c => c.Name == update.Column.CanonicalValue)
                ?? throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Column '{update.Column.CanonicalValue}' cannot be resolved", ExpressionBinder.At(update.Column));
            if (targets.Contains(column))
            {
                throw new ManifoldException(StandardErrorCode.DuplicateColumnName, $"Column '{column.Name}' is set more than once", ExpressionBinder.At(update.Column));
            }
            targets.Add(column);
            items.Add(new SingleColumn(update.Value, null));
        }
        if (updates.Count == 0)
        {
            AccessControl.CheckCanDeleteFromTable(planner.Session.Identity, Qualified(name));
        }
        else
        {
            AccessControl.CheckCanUpdateTableColumns(planner.Session.Identity, Qualified(name), targets.Select(t => t.Name).ToArray());
        }
        var query = new Query(null, new QuerySpecification(new Select(false, items), new Table(tableName) { Location = tableName.Location }, where, null, null, []), null, null, null);
        RelationPlan plan = new QueryPlanner(planner).PlanQuery(query);
        var fields = plan.Scope.VisibleFields.ToArray();
        var assignments = new List<Assignment> { new(fields[0].Symbol, new SymbolReference(fields[0].Symbol)) };
        var values = new List<Symbol>();
        for (int i = 0; i < targets.Count; i++)
        {
            Symbol value = planner.Symbols.New(targets[i].Name, targets[i].Type);
            assignments.Add(new Assignment(value, InsertCoercion(new SymbolReference(fields[i + 1].Symbol), targets[i], updates[i].Value)));
            values.Add(value);
        }
        var source = new ProjectNode(plan.Root, assignments.ToArray());
        Symbol rowCount = planner.Symbols.New("rows", SqlType.BigInt);
        var change = new TableChangeNode(source, table, fields[0].Symbol, targets.Select(t => handles[t.Name]).ToArray(), values.ToArray(), rowCount);
        return await RunCountAsync(planner, change, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryResult> CreateIndexAsync(PlannerContext planner, CreateIndexStatement index, CancellationToken cancellationToken)
    {
        QualifiedObjectName table = ResolveName(planner, index.Table);
        var connectorSession = planner.ConnectorSession(table.Catalog);
        _ = engine.Metadata.GetTableHandle(connectorSession, table, ExpressionBinder.At(index.Table))
            ?? throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{table}' does not exist", ExpressionBinder.At(index.Table));
        AccessControl.CheckCanChangeIndexes(planner.Session.Identity, Qualified(table));
        if (index.Unique)
        {
            // A unique index over duplicate rows must fail, as in the engines the statement was written for.
            var keys = index.Columns.Select(c => (Expression)c.Key).ToArray();
            var duplicates = new Query(null, new QuerySpecification(
                new Select(false, [new SingleColumn(new FunctionCall(new QualifiedName([new Identifier("count", false)]), false, [], null, null, null, NullTreatment.Unspecified), null)]),
                new Table(index.Table), null,
                new GroupBy(false, [new SimpleGroupBy(keys)]),
                new ComparisonExpression(ComparisonOperator.GreaterThan,
                    new FunctionCall(new QualifiedName([new Identifier("count", false)]), false, [], null, null, null, NullTreatment.Unspecified), new LongLiteral("1")),
                []), null, null, null);
            await using QueryResult result = Start(planner, (OutputNode)Optimize(new QueryPlanner(planner).PlanOutput(duplicates), planner), cancellationToken);
            if (await result.NextPageAsync(cancellationToken).ConfigureAwait(false) is { RowCount: > 0 })
            {
                throw new ManifoldException(StandardErrorCode.ConstraintViolation, $"UNIQUE constraint failed: {table} ({string.Join(", ", keys.Select(k => SqlFormatter.Format(k)))})", ExpressionBinder.At(index));
            }
        }
        if (!_indexes.TryAdd(table.Catalog, table.Schema, index.Name.CanonicalValue, table) && !index.IfNotExists)
        {
            throw new ManifoldException(StandardErrorCode.AlreadyExists, $"Index '{index.Name.CanonicalValue}' already exists", ExpressionBinder.At(index.Name));
        }
        return Done(planner.QueryId, "CREATE INDEX");
    }

    private QueryResult Call(PlannerContext planner, CallStatement call)
    {
        var parts = call.Name.Parts.Select(p => p.CanonicalValue).ToArray();
        QualifiedObjectName name = MetadataManager.ResolveName(planner.Session, parts, ExpressionBinder.At(call.Name));
        CatalogEntry catalog = engine.Metadata.GetCatalog(planner.Session.Identity, name.Catalog, ExpressionBinder.At(call.Name));
        ProcedureDefinition procedure = catalog.Connector.Procedures.FirstOrDefault(p => p.Schema == name.Schema && p.Name == name.Name)
            ?? throw new ManifoldException(StandardErrorCode.ProcedureNotFound, $"Procedure '{name}' not registered", ExpressionBinder.At(call.Name));
        var values = new object?[procedure.Arguments.Count];
        var given = new bool[values.Length];
        for (int i = 0; i < call.Arguments.Count; i++)
        {
            CallArgument argument = call.Arguments[i];
            int index = argument.Name is null ? i : procedure.Arguments.ToList().FindIndex(a => a.Name == argument.Name.CanonicalValue);
            if (index < 0 || index >= values.Length)
            {
                throw new ManifoldException(StandardErrorCode.InvalidProcedureArgument,
                    argument.Name is null ? "Too many arguments for procedure" : $"Unknown argument name: {argument.Name.Value}", ExpressionBinder.At(argument));
            }
            if (given[index])
            {
                throw new ManifoldException(StandardErrorCode.InvalidProcedureArgument, $"Duplicate procedure argument: {procedure.Arguments[index].Name}", ExpressionBinder.At(argument));
            }
            BoundExpression bound = BindConstant(planner.Session, planner.QueryId, argument.Value);
            values[index] = ExpressionInterpreterFor(planner.Session).Evaluate(ExpressionBinder.Coerce(bound, procedure.Arguments[index].Type));
            given[index] = true;
        }
        for (int i = 0; i < values.Length; i++)
        {
            if (!given[i] && procedure.Arguments[i].Required)
            {
                throw new ManifoldException(StandardErrorCode.InvalidProcedureArgument, $"Required procedure argument '{procedure.Arguments[i].Name}' is missing", ExpressionBinder.At(call));
            }
        }
        procedure.Invoke(planner.ConnectorSession(name.Catalog), values);
        return Done(planner.QueryId, "CALL");
    }
}
