using Manifold.Engine.Analysis;
using Manifold.Engine.Metadata;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Parsing;
using Manifold.Sql.Tree;
using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

internal sealed partial class QueryPlanner
{
    private const int MaxViewDepth = 32;

    private RelationPlan PlanRelation(Relation relation, ScopeParent parent)
    {
        _context.CancellationToken.ThrowIfCancellationRequested();
        EnsureStack(relation);
        switch (relation)
        {
            case Table table:
                return PlanTable(table, parent);
            case AliasedRelation aliased:
                return PlanAliased(aliased, parent);
            case TableSubquery subquery:
                return PlanQuery(subquery.Query, parent);
            case Lateral lateral:
                return PlanQuery(lateral.Query, parent);
            case Join join:
                return PlanJoin(join, parent);
            case Unnest unnest:
                return PlanUnnest(new RelationPlan(new ValuesNode([], [NodeList<BoundExpression>.Empty]), parent.Create([])), unnest, null, null, outer: false);
            default:
                throw new ManifoldException(StandardErrorCode.NotSupported, $"Unsupported relation {relation.GetType().Name}", ExpressionBinder.At(relation));
        }
    }

    private RelationPlan PlanAliased(AliasedRelation aliased, ScopeParent parent)
    {
        if (aliased.Relation is Unnest unnest)
        {
            return PlanUnnest(new RelationPlan(new ValuesNode([], [NodeList<BoundExpression>.Empty]), parent.Create([])), unnest, aliased.Alias, aliased.ColumnNames, outer: false);
        }
        RelationPlan inner = PlanRelation(aliased.Relation, parent);
        return new RelationPlan(inner.Root, Rename(inner.Scope, aliased.Alias, aliased.ColumnNames, aliased));
    }

    private static Scope Rename(Scope scope, Identifier alias, NodeList<Identifier>? columnNames, Node node)
    {
        var visible = scope.VisibleFields.ToArray();
        if (columnNames is not null && columnNames.Count != visible.Length)
        {
            throw new ManifoldException(StandardErrorCode.MismatchedColumnAliases,
                $"Column alias list has {columnNames.Count} entries but '{alias.Value}' has {visible.Length} columns available", ExpressionBinder.At(node));
        }
        var fields = new List<Field>();
        int index = 0;
        foreach (Field field in scope.Fields)
        {
            string? name = field.Name;
            if (!field.Hidden && columnNames is not null)
            {
                name = columnNames[index++].CanonicalValue;
            }
            fields.Add(new Field(name, alias.CanonicalValue, field.Symbol, field.Hidden));
        }
        return scope.WithFields(fields);
    }

    private RelationPlan PlanTable(Table table, ScopeParent parent)
    {
        var parts = table.Name.Parts.Select(p => p.CanonicalValue).ToArray();
        SourceLocation? location = ExpressionBinder.At(table);
        if (parts.Length == 1)
        {
            for (int i = _ctes.Count - 1; i >= 0; i--)
            {
                if (_ctes[i].TryGetValue(parts[0], out WithQuery? cte))
                {
                    return PlanCte(cte, i, parent);
                }
            }
        }
        var session = _context.Session with { Catalog = _catalog, Schema = _schema };
        QualifiedObjectName name = MetadataManager.ResolveName(session, parts, location);
        CatalogEntry catalog = _context.Metadata.GetCatalog(name.Catalog, location);
        ConnectorSession connectorSession = _context.ConnectorSession(name.Catalog);
        if (_context.Metadata.GetTableHandle(connectorSession, name, location) is { } handle)
        {
            TableMetadata metadata = handle.Connector.Metadata.GetTableMetadata(connectorSession, handle.Handle);
            var columnHandles = handle.Connector.Metadata.GetColumnHandles(connectorSession, handle.Handle);
            var byName = metadata.Columns.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
            var symbols = new List<Symbol>();
            var fields = new List<Field>();
            foreach (ConnectorColumnHandle column in columnHandles)
            {
                bool hidden = !byName.TryGetValue(column.Name, out ColumnMetadata? columnMetadata) || columnMetadata.Hidden;
                SqlType type = columnMetadata?.Type ?? throw new ManifoldException(StandardErrorCode.GenericInternalError,
                    $"Column handle '{column.Name}' of {name} has no metadata", location);
                Symbol symbol = _context.Symbols.New(column.Name, type);
                symbols.Add(symbol);
                fields.Add(new Field(column.Name.ToLowerInvariant(), name.Name, symbol, hidden, [name.Catalog, name.Schema]));
            }
            var scan = new TableScanNode(handle, symbols.ToArray(), columnHandles.ToArray(), "");
            return new RelationPlan(scan, parent.Create(fields));
        }
        if (_context.Metadata.GetView(connectorSession, name, location) is { } view)
        {
            return PlanView(name, view, parent, location);
        }
        if (!_context.Metadata.SchemaExists(connectorSession, catalog, name.Schema))
        {
            throw new ManifoldException(StandardErrorCode.SchemaNotFound, $"Schema '{name.Schema}' does not exist", location);
        }
        throw new ManifoldException(StandardErrorCode.TableNotFound, $"Table '{name}' does not exist", location);
    }

    private RelationPlan PlanCte(WithQuery cte, int level, ScopeParent parent)
    {
        // A CTE sees the CTEs defined before it (at its level and outside), not those after.
        var saved = _ctes.ToList();
        _ctes.RemoveRange(level + 1, _ctes.Count - level - 1);
        var visibleAtLevel = new Dictionary<string, WithQuery>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, query) in saved[level])
        {
            if (ReferenceEquals(query, cte))
            {
                break;
            }
            visibleAtLevel[name] = query;
        }
        _ctes[level] = visibleAtLevel;
        try
        {
            RelationPlan plan = PlanQuery(cte.Query, parent);
            return new RelationPlan(plan.Root, Rename(plan.Scope, cte.Name, cte.ColumnNames, cte));
        }
        finally
        {
            _ctes.Clear();
            _ctes.AddRange(saved);
        }
    }

    private RelationPlan PlanView(QualifiedObjectName name, ViewDefinition view, ScopeParent parent, SourceLocation? location)
    {
        if (_context.ViewDepth >= MaxViewDepth)
        {
            throw new ManifoldException(StandardErrorCode.ViewIsRecursive, $"View is recursive or nested too deeply: {name}", location);
        }
        Statement statement;
        try
        {
            statement = SqlParser.ParseStatement(view.Sql);
        }
        catch (SqlParseException e)
        {
            throw new ManifoldException(StandardErrorCode.InvalidView, $"Failed parsing stored view '{name}': {e.Message}", location);
        }
        if (statement is not Query query)
        {
            throw new ManifoldException(StandardErrorCode.InvalidView, $"Stored view '{name}' is not a query", location);
        }
        (string? catalog, string? schema) = (_catalog, _schema);
        var savedCtes = _ctes.ToList();
        _ctes.Clear();
        _catalog = view.Catalog;
        _schema = view.Schema;
        _context.ViewDepth++;
        RelationPlan plan;
        try
        {
            plan = PlanQuery(query, new ScopeParent(null, null));
        }
        catch (ManifoldException e) when (e.ErrorCode != StandardErrorCode.ViewIsRecursive)
        {
            throw new ManifoldException(StandardErrorCode.InvalidView, $"View '{name}' is invalid: {e.Message}", location, e);
        }
        finally
        {
            _context.ViewDepth--;
            _catalog = catalog;
            _schema = schema;
            _ctes.AddRange(savedCtes);
        }
        var visible = plan.Scope.VisibleFields.ToArray();
        if (visible.Length != view.Columns.Count)
        {
            throw new ManifoldException(StandardErrorCode.ViewIsStale, $"View '{name}' is stale; it must be re-created", location);
        }
        var assignments = new List<Assignment>();
        var fields = new List<Field>();
        for (int i = 0; i < visible.Length; i++)
        {
            ViewColumn column = view.Columns[i];
            Symbol source = visible[i].Symbol;
            if (source.Type != column.Type && !TypeCoercion.CanCoerce(source.Type, column.Type))
            {
                throw new ManifoldException(StandardErrorCode.ViewIsStale, $"View '{name}' is stale; it must be re-created", location);
            }
            Symbol symbol = source.Type == column.Type && assignments.All(a => a.Symbol != source) ? source : _context.Symbols.New(column.Name, column.Type);
            assignments.Add(new Assignment(symbol, ExpressionBinder.Coerce(new SymbolReference(source), column.Type)));
            fields.Add(new Field(column.Name, name.Name, symbol, false, [name.Catalog, name.Schema]));
        }
        return new RelationPlan(new ProjectNode(plan.Root, assignments.ToArray()), parent.Create(fields));
    }

    private RelationPlan PlanJoin(Join join, ScopeParent parent)
    {
        RelationPlan left = PlanRelation(join.Left, parent);
        (Relation right, Identifier? alias, NodeList<Identifier>? columns) = join.Right is AliasedRelation aliased
            ? (aliased.Relation, aliased.Alias, aliased.ColumnNames)
            : (join.Right, null, null);
        bool onTrue = join.Criteria is null || join.Criteria is JoinOn { Condition: BooleanLiteral { Value: true } };
        if (right is Unnest unnest)
        {
            if (!(onTrue && join.Kind is JoinKind.Cross or JoinKind.Implicit or JoinKind.Inner or JoinKind.Left))
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, "UNNEST is only supported with CROSS JOIN or [LEFT] JOIN … ON TRUE", ExpressionBinder.At(join));
            }
            return PlanUnnest(left, unnest, alias, columns, outer: join.Kind == JoinKind.Left);
        }
        if (right is Lateral lateral)
        {
            if (!(onTrue && join.Kind is JoinKind.Cross or JoinKind.Implicit or JoinKind.Inner or JoinKind.Left))
            {
                throw new ManifoldException(StandardErrorCode.NotSupported, "LATERAL is only supported with CROSS JOIN or [LEFT] JOIN … ON TRUE", ExpressionBinder.At(join));
            }
            return PlanLateral(left, lateral, alias, columns, join.Kind == JoinKind.Left, parent);
        }
        RelationPlan rightPlan = PlanRelation(join.Right, parent);
        JoinType type = join.Kind switch
        {
            JoinKind.Left => JoinType.Left,
            JoinKind.Right => JoinType.Right,
            JoinKind.Full => JoinType.Full,
            _ => JoinType.Inner,
        };
        switch (join.Criteria)
        {
            case JoinUsing usingClause:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (Identifier column in usingClause.Columns)
                {
                    if (!seen.Add(column.CanonicalValue))
                    {
                        throw new ManifoldException(StandardErrorCode.DuplicateColumnName,
                            $"Column '{column.CanonicalValue}' appears multiple times in USING clause", ExpressionBinder.At(column));
                    }
                }
                return PlanUsing(left, rightPlan, usingClause.Columns.Select(c => c.CanonicalValue).ToArray(), type, parent, join);
            case NaturalJoin:
            {
                var leftNames = left.Scope.VisibleFields.Select(f => f.Name).Where(n => n is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var common = rightPlan.Scope.VisibleFields.Select(f => f.Name).Where(n => n is not null && leftNames.Contains(n)).Distinct().ToArray();
                if (common.Length == 0)
                {
                    return CrossOrFiltered(left, rightPlan, type, null, parent);
                }
                return PlanUsing(left, rightPlan, common!, type, parent, join);
            }
            case JoinOn on:
            {
                var fields = left.Scope.Fields.Concat(rightPlan.Scope.Fields).ToArray();
                var context = new BindingContext(parent.Create(fields), new JoinNode(JoinType.Inner, left.Root, rightPlan.Root, [], null, []), "JOIN ON clause");
                PlanNode before = context.Plan;
                BoundExpression condition = _binder.BindPredicate(on.Condition, context);
                if (!ReferenceEquals(before, context.Plan))
                {
                    throw new ManifoldException(StandardErrorCode.NotSupported, "Subqueries in JOIN ON conditions are not supported", ExpressionBinder.At(on.Condition));
                }
                return CrossOrFiltered(left, rightPlan, type, condition, parent);
            }
            default:
                return CrossOrFiltered(left, rightPlan, type, null, parent);
        }
    }

    private static RelationPlan CrossOrFiltered(RelationPlan left, RelationPlan right, JoinType type, BoundExpression? condition, ScopeParent parent)
    {
        var outputs = left.Root.Outputs.Concat(right.Root.Outputs).ToArray();
        var node = new JoinNode(type, left.Root, right.Root, [], condition is ConstantExpression { Value: true } ? null : condition, outputs);
        return new RelationPlan(node, parent.Create(left.Scope.Fields.Concat(right.Scope.Fields).ToArray()));
    }

    private RelationPlan PlanUsing(RelationPlan left, RelationPlan right, IReadOnlyList<string> columns, JoinType type, ScopeParent parent, Join join)
    {
        var criteria = new List<EquiJoinClause>();
        var leftAssignments = left.Root.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).ToList();
        var rightAssignments = right.Root.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).ToList();
        var usingFields = new List<Field>();
        var coalesced = new List<Assignment>();
        var usedLeft = new HashSet<Symbol>();
        var usedRight = new HashSet<Symbol>();
        foreach (string column in columns)
        {
            Field leftField = FindUsingField(left.Scope, column, "left", join);
            Field rightField = FindUsingField(right.Scope, column, "right", join);
            SqlType common = TypeCoercion.CommonSuperType(leftField.Symbol.Type, rightField.Symbol.Type)
                ?? throw new ManifoldException(StandardErrorCode.TypeMismatch,
                    $"Column types of left and right side are different: {leftField.Symbol.Type.Name} vs {rightField.Symbol.Type.Name}", ExpressionBinder.At(join));
            Symbol leftKey = leftField.Symbol;
            Symbol rightKey = rightField.Symbol;
            if (leftKey.Type != common)
            {
                leftKey = _context.Symbols.New(column, common);
                leftAssignments.Add(new Assignment(leftKey, ExpressionBinder.Coerce(new SymbolReference(leftField.Symbol), common)));
            }
            if (rightKey.Type != common)
            {
                rightKey = _context.Symbols.New(column, common);
                rightAssignments.Add(new Assignment(rightKey, ExpressionBinder.Coerce(new SymbolReference(rightField.Symbol), common)));
            }
            criteria.Add(new EquiJoinClause(leftKey, rightKey));
            usedLeft.Add(leftField.Symbol);
            usedRight.Add(rightField.Symbol);
            Symbol output = type switch
            {
                JoinType.Right => rightKey,
                JoinType.Full => _context.Symbols.New(column, common),
                _ => leftKey,
            };
            if (type == JoinType.Full)
            {
                coalesced.Add(new Assignment(output, new Expressions.CoalesceExpression([new SymbolReference(leftKey), new SymbolReference(rightKey)], common)));
            }
            usingFields.Add(new Field(column, null, output));
        }
        PlanNode leftRoot = leftAssignments.Count > left.Root.Outputs.Count ? new ProjectNode(left.Root, leftAssignments.ToArray()) : left.Root;
        PlanNode rightRoot = rightAssignments.Count > right.Root.Outputs.Count ? new ProjectNode(right.Root, rightAssignments.ToArray()) : right.Root;
        var outputs = leftRoot.Outputs.Concat(rightRoot.Outputs).ToArray();
        PlanNode node = new JoinNode(type, leftRoot, rightRoot, criteria.ToArray(), null, outputs);
        if (coalesced.Count > 0)
        {
            node = new ProjectNode(node, outputs.Select(s => new Assignment(s, new SymbolReference(s))).Concat(coalesced).ToArray());
        }
        // The USING columns come first, once; the other columns follow; qualified references to the joined columns still work.
        var fields = new List<Field>(usingFields);
        fields.AddRange(left.Scope.Fields.Select(f => usedLeft.Contains(f.Symbol) ? f with { Hidden = true, QualifiedOnly = true } : f));
        fields.AddRange(right.Scope.Fields.Select(f => usedRight.Contains(f.Symbol) ? f with { Hidden = true, QualifiedOnly = true } : f));
        return new RelationPlan(node, parent.Create(fields));
    }

    private static Field FindUsingField(Scope scope, string column, string side, Join join)
    {
        var matches = scope.VisibleFields.Where(f => string.Equals(f.Name, column, StringComparison.OrdinalIgnoreCase)).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new ManifoldException(StandardErrorCode.ColumnNotFound, $"Column '{column}' is missing from {side} side of join", ExpressionBinder.At(join)),
            _ => throw new ManifoldException(StandardErrorCode.AmbiguousName, $"Column '{column}' is ambiguous on {side} side of join", ExpressionBinder.At(join)),
        };
    }

    private RelationPlan PlanUnnest(RelationPlan left, Unnest unnest, Identifier? alias, NodeList<Identifier>? columnNames, bool outer)
    {
        var context = new BindingContext(left.Scope, left.Root, "UNNEST");
        var expressions = unnest.Expressions.Select(e => _binder.Bind(e, context)).ToArray();
        var assignments = context.Plan.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).ToList();
        var mappings = new List<UnnestMapping>();
        var newFields = new List<Field>();
        for (int i = 0; i < expressions.Length; i++)
        {
            BoundExpression expression = expressions[i];
            Symbol input = _context.Symbols.New("unnest", expression.Type);
            assignments.Add(new Assignment(input, expression));
            var outputs = new List<Symbol>();
            switch (expression.Type)
            {
                case ArrayType { Element: RowType row }:
                    outputs.AddRange(row.Fields.Select((f, j) => _context.Symbols.New(f.Name ?? $"field{j}", f.Type)));
                    break;
                case ArrayType array:
                    outputs.Add(_context.Symbols.New("element", array.Element));
                    break;
                case MapType map:
                    outputs.Add(_context.Symbols.New("key", map.Key));
                    outputs.Add(_context.Symbols.New("value", map.Value));
                    break;
                default:
                    throw new ManifoldException(StandardErrorCode.TypeMismatch,
                        $"Cannot unnest type: {expression.Type.Name}", ExpressionBinder.At(unnest.Expressions[i]));
            }
            mappings.Add(new UnnestMapping(input, outputs.ToArray()));
            newFields.AddRange(outputs.Select(s => new Field(null, alias?.CanonicalValue, s)));
        }
        Symbol? ordinality = unnest.WithOrdinality ? _context.Symbols.New("ordinality", SqlType.BigInt) : null;
        if (ordinality is not null)
        {
            newFields.Add(new Field(null, alias?.CanonicalValue, ordinality));
        }
        if (columnNames is not null)
        {
            if (columnNames.Count != newFields.Count)
            {
                throw new ManifoldException(StandardErrorCode.MismatchedColumnAliases,
                    $"Column alias list has {columnNames.Count} entries but '{alias?.Value}' has {newFields.Count} columns available", ExpressionBinder.At(unnest));
            }
            newFields = newFields.Select((f, i) => f with { Name = columnNames[i].CanonicalValue }).ToList();
        }
        var projected = new ProjectNode(context.Plan, assignments.ToArray());
        var node = new UnnestNode(projected, context.Plan.Outputs.ToArray(), mappings.ToArray(), ordinality, outer);
        return new RelationPlan(node, left.Scope.WithFields(left.Scope.Fields.Concat(newFields).ToArray()));
    }

    private RelationPlan PlanLateral(RelationPlan left, Lateral lateral, Identifier? alias, NodeList<Identifier>? columnNames, bool leftJoin, ScopeParent parent)
    {
        var (subquery, correlation) = PlanSubquery(lateral.Query, left.Scope);
        Scope subqueryScope = alias is null ? subquery.Scope : Rename(subquery.Scope, alias, columnNames, lateral);
        var fields = left.Scope.Fields.Concat(subqueryScope.Fields).ToArray();
        if (correlation.Count == 0)
        {
            var outputs = left.Root.Outputs.Concat(subquery.Root.Outputs).ToArray();
            return new RelationPlan(new JoinNode(leftJoin ? JoinType.Left : JoinType.Inner, left.Root, subquery.Root, [], null, outputs), parent.Create(fields));
        }
        var apply = new ApplyNode(left.Root, subquery.Root, correlation.ToArray(), ApplyKind.Lateral, null, LeftLateral: leftJoin);
        return new RelationPlan(apply, parent.Create(fields));
    }
}
