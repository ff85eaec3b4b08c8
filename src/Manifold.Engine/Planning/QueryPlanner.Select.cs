using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using AstExpression = Manifold.Sql.Tree.Expression;

namespace Manifold.Engine.Planning;

internal sealed partial class QueryPlanner
{
    /// <summary>A SELECT item after expanding <c>*</c>: its expression (or the field it stands for) and its output name.</summary>
    private sealed record SelectEntry(AstExpression? Expression, Field? Field, string? Name, Node Node);

    private RelationPlan PlanQuerySpecification(QuerySpecification specification, OrderBy? orderBy, ScopeParent parent)
    {
        RelationPlan source = specification.From is null
            ? new RelationPlan(new ValuesNode([], [NodeList<BoundExpression>.Empty]), parent.Create([]))
            : PlanRelation(specification.From, parent);
        PlanNode plan = source.Root;
        if (specification.Where is { } where)
        {
            var whereContext = new BindingContext(source.Scope, plan, "WHERE clause");
            BoundExpression predicate = _binder.BindPredicate(where, whereContext);
            plan = new FilterNode(whereContext.Plan, predicate);
        }

        List<SelectEntry> selectEntries = ExpandSelect(specification.Select, source.Scope);
        var orderItems = orderBy?.Items ?? NodeList<SortItem>.Empty;

        // Aggregates anywhere in SELECT, HAVING and ORDER BY (outside subqueries), including inside window calls' arguments.
        var aggregateScan = new List<Node>();
        aggregateScan.AddRange(selectEntries.Where(e => e.Expression is not null).Select(e => e.Expression!));
        if (specification.Having is not null)
        {
            aggregateScan.Add(specification.Having);
        }
        aggregateScan.AddRange(orderItems.Select(i => i.Key));
        var aggregateCalls = aggregateScan
            .SelectMany(n => AstWalker.FindOutsideSubqueries<FunctionCall>(n, _binder.IsAggregateCall))
            .Distinct()
            .ToList();

        bool isAggregation = specification.GroupBy is not null || aggregateCalls.Count > 0 || specification.Having is not null;
        PostAggregation? post = null;
        if (isAggregation)
        {
            post = PlanAggregation(specification, selectEntries, aggregateCalls, source.Scope, ref plan);
        }

        // Window functions in SELECT and ORDER BY.
        var windowScan = selectEntries.Where(e => e.Expression is not null).Select(e => (Node)e.Expression!).Concat(orderItems.Select(i => i.Key));
        var windowCalls = windowScan.SelectMany(n => AstWalker.FindOutsideSubqueries<FunctionCall>(n, c => c.Window is not null)).Distinct().ToList();
        Dictionary<FunctionCall, Symbol>? windows = null;
        if (windowCalls.Count > 0)
        {
            windows = PlanWindows(windowCalls, specification, source.Scope, post, ref plan);
        }

        BindingContext ClauseContext(string clause, IReadOnlyDictionary<string, BoundExpression>? aliases = null)
            => new(source.Scope, plan, clause)
            {
                ReplaceCall = call => windows is not null && windows.TryGetValue(call, out Symbol? w) ? new SymbolReference(w) : post?.ReplaceCall(call),
                Grouping = post?.Grouping,
                Aliases = aliases,
            };

        BoundExpression BindClause(AstExpression expression, BindingContext clauseContext)
        {
            BoundExpression bound = _binder.Bind(expression, clauseContext);
            return post is null ? bound : post.Finish(bound, expression, clauseContext.Clause);
        }

        // HAVING
        if (specification.Having is { } having)
        {
            BindingContext havingContext = ClauseContext("HAVING clause");
            BoundExpression predicate = ExpressionBinder.RequireBoolean(BindClause(having, havingContext), "HAVING clause", having);
            plan = new FilterNode(havingContext.Plan, predicate);
        }

        // SELECT
        BindingContext selectContext = ClauseContext("SELECT clause");
        var selectExpressions = new List<BoundExpression>();
        foreach (SelectEntry entry in selectEntries)
        {
            BoundExpression bound = entry.Field is { } field
                ? new SymbolReference(field.Symbol)
                : BindClause(entry.Expression!, selectContext);
            if (post is not null && entry.Field is not null)
            {
                bound = post.Finish(bound, entry.Node, "SELECT clause");
            }
            selectExpressions.Add(bound);
        }
        plan = selectContext.Plan;

        var assignments = new List<Assignment>();
        var used = new HashSet<Symbol>();
        var selectSymbols = new Symbol[selectEntries.Count];
        for (int i = 0; i < selectEntries.Count; i++)
        {
            BoundExpression expression = selectExpressions[i];
            Symbol symbol = expression is SymbolReference reference && used.Add(reference.Symbol)
                ? reference.Symbol
                : _context.Symbols.New(selectEntries[i].Name ?? "expr", expression.Type);
            selectSymbols[i] = symbol;
            assignments.Add(new Assignment(symbol, expression));
        }
        var outputFields = selectEntries.Select((e, i) => new Field(e.Name, null, selectSymbols[i])).ToArray();

        // ORDER BY: select aliases first, then source columns; ordinals refer to select items.
        var sortKeys = new List<SortKey>();
        if (orderItems.Count > 0)
        {
            var aliases = new Dictionary<string, BoundExpression>(StringComparer.OrdinalIgnoreCase);
            var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < selectEntries.Count; i++)
            {
                if (selectEntries[i].Name is { } name && !aliases.TryAdd(name, selectExpressions[i])
                    && !aliases[name].Equals(selectExpressions[i]))
                {
                    ambiguous.Add(name);
                }
            }
            foreach (SortItem item in orderItems)
            {
                if (item.Key is Identifier identifier && ambiguous.Contains(identifier.Value))
                {
                    throw new ManifoldException(StandardErrorCode.AmbiguousName, $"'{identifier.Value}' in ORDER BY is ambiguous", ExpressionBinder.At(identifier));
                }
            }
            foreach (string name in ambiguous)
            {
                aliases.Remove(name);
            }
            BindingContext orderContext = ClauseContext("ORDER BY clause", aliases);
            orderContext.Plan = plan;
            foreach (SortItem item in orderItems)
            {
                Symbol symbol;
                if (item.Key is LongLiteral ordinal)
                {
                    symbol = OrdinalField(outputFields, ordinal).Symbol;
                }
                else
                {
                    BoundExpression bound = BindClause(item.Key, orderContext);
                    int selectIndex = selectExpressions.IndexOf(bound);
                    if (bound is SymbolReference reference && selectSymbols.Contains(reference.Symbol))
                    {
                        symbol = reference.Symbol;
                    }
                    else if (selectIndex >= 0)
                    {
                        symbol = selectSymbols[selectIndex];
                    }
                    else
                    {
                        if (specification.Select.Distinct)
                        {
                            throw new ManifoldException(StandardErrorCode.ExpressionNotInDistinct,
                                "For SELECT DISTINCT, ORDER BY expressions must appear in select list", ExpressionBinder.At(item.Key));
                        }
                        symbol = bound is SymbolReference plain && !used.Contains(plain.Symbol) ? plain.Symbol : _context.Symbols.New("sort", bound.Type);
                        used.Add(symbol);
                        assignments.Add(new Assignment(symbol, bound));
                    }
                }
                sortKeys.Add(ToSortKey(item, symbol));
            }
            plan = orderContext.Plan;
        }

        plan = new ProjectNode(plan, assignments.ToArray());
        if (specification.Select.Distinct)
        {
            plan = new AggregationNode(plan, selectSymbols.Distinct().ToArray(), []);
        }
        if (sortKeys.Count > 0)
        {
            plan = new SortNode(plan, sortKeys.DistinctBy(k => k.Symbol).ToArray());
        }
        return new RelationPlan(plan, parent.Create(outputFields));
    }

    private List<SelectEntry> ExpandSelect(Select select, Scope scope)
    {
        var entries = new List<SelectEntry>();
        foreach (SelectItem item in select.Items)
        {
            switch (item)
            {
                case SingleColumn single:
                    string? name = single.Alias?.CanonicalValue ?? single.Expression switch
                    {
                        Identifier identifier => identifier.CanonicalValue,
                        DereferenceExpression dereference => dereference.Field.CanonicalValue,
                        _ => null,
                    };
                    entries.Add(new SelectEntry(single.Expression, null, name, single));
                    break;
                case AllColumns all:
                {
                    IReadOnlyList<Field> fields;
                    if (all.Target is null)
                    {
                        fields = scope.VisibleFields.ToArray();
                        if (fields.Count == 0)
                        {
                            throw new ManifoldException(StandardErrorCode.ColumnNotFound, "SELECT * not allowed in queries without FROM clause", ExpressionBinder.At(all));
                        }
                    }
                    else if (ExpressionBinder.QualifiedParts(all.Target) is { } qualifier && scope.FieldsOfRelation(qualifier) is { Count: > 0 } relationFields)
                    {
                        fields = relationFields;
                    }
                    else
                    {
                        // row.* expands the fields of a row value; a name that is neither a relation nor a column is an unknown relation.
                        BoundExpression row;
                        try
                        {
                            row = _binder.Bind(all.Target, new BindingContext(scope, new ValuesNode([], []), "SELECT clause"));
                        }
                        catch (ManifoldException e) when (e.ErrorCode == StandardErrorCode.ColumnNotFound && ExpressionBinder.QualifiedParts(all.Target) is { } prefix)
                        {
                            throw new ManifoldException(StandardErrorCode.TableNotFound, $"Unable to resolve reference {string.Join('.', prefix)}", ExpressionBinder.At(all));
                        }
                        if (row.Type is not RowType rowType)
                        {
                            throw new ManifoldException(StandardErrorCode.TableNotFound,
                                $"Table '{Sql.Formatting.SqlFormatter.Format(all.Target)}' not found", ExpressionBinder.At(all));
                        }
                        for (int i = 0; i < rowType.Fields.Count; i++)
                        {
                            var fieldAccess = new Sql.Tree.SubscriptExpression(all.Target, new LongLiteral((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
                            entries.Add(new SelectEntry(fieldAccess, null, all.Aliases?[i].CanonicalValue ?? rowType.Fields[i].Name, all));
                        }
                        continue;
                    }
                    if (all.Aliases is { } aliases && aliases.Count != fields.Count)
                    {
                        throw new ManifoldException(StandardErrorCode.MismatchedColumnAliases,
                            $"Column alias list has {aliases.Count} entries but relation has {fields.Count} columns", ExpressionBinder.At(all));
                    }
                    for (int i = 0; i < fields.Count; i++)
                    {
                        entries.Add(new SelectEntry(null, fields[i], all.Aliases?[i].CanonicalValue ?? fields[i].Name, all));
                    }
                    break;
                }
            }
        }
        return entries;
    }
}
