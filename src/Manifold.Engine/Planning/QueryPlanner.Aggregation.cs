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
    /// <summary>How expressions are bound after aggregation: aggregate calls become their output symbols, grouped
    /// expressions become their keys, and anything else from the source is an error.</summary>
    private sealed class PostAggregation(
        Dictionary<FunctionCall, Symbol> aggregates, List<(BoundExpression Expression, Symbol Key)> keys,
        HashSet<Symbol> sourceSymbols, HashSet<Symbol> outputs, GroupingContext grouping)
    {
        public GroupingContext Grouping => grouping;

        public BoundExpression? ReplaceCall(FunctionCall call) => aggregates.TryGetValue(call, out Symbol? symbol) ? new SymbolReference(symbol) : null;

        public BoundExpression Finish(BoundExpression bound, Node node, string clause)
        {
            BoundExpression replaced = ReplaceKeys(bound);
            foreach (Symbol symbol in ExpressionUtilities.Symbols(replaced))
            {
                if (sourceSymbols.Contains(symbol) && !outputs.Contains(symbol))
                {
                    throw new ManifoldException(StandardErrorCode.ExpressionNotAggregate,
                        $"'{Describe(node, symbol)}' must be an aggregate expression or appear in GROUP BY clause", ExpressionBinder.At(node));
                }
            }
            return replaced;
        }

        private BoundExpression ReplaceKeys(BoundExpression expression)
        {
            foreach (var (key, symbol) in keys)
            {
                if (key.Equals(expression))
                {
                    return new SymbolReference(symbol);
                }
            }
            var children = expression.Children.ToArray();
            if (children.Length == 0)
            {
                return expression;
            }
            var replaced = children.Select(ReplaceKeys).ToArray();
            return replaced.Where((c, i) => !ReferenceEquals(c, children[i])).Any() ? expression.WithChildren(replaced) : expression;
        }

        private static string Describe(Node node, Symbol symbol)
            => node is AstExpression expression && expression is not FunctionCall ? Sql.Formatting.SqlFormatter.Format(expression) : symbol.Name;
    }

    private PostAggregation PlanAggregation(
        QuerySpecification specification, List<SelectEntry> selectEntries, List<FunctionCall> aggregateCalls, Scope sourceScope, ref PlanNode plan)
    {
        var groupContext = new BindingContext(sourceScope, plan, "GROUP BY clause");
        var keyExpressions = new List<BoundExpression>();
        int KeyIndex(BoundExpression key)
        {
            int index = keyExpressions.IndexOf(key);
            if (index < 0)
            {
                keyExpressions.Add(key);
                index = keyExpressions.Count - 1;
            }
            return index;
        }
        int BindKey(AstExpression expression)
        {
            if (expression is LongLiteral ordinal)
            {
                if (!long.TryParse(ordinal.Text, out long position) || position < 1 || position > selectEntries.Count)
                {
                    throw new ManifoldException(StandardErrorCode.InvalidColumnReference,
                        $"GROUP BY position {ordinal.Text} is not in select list", ExpressionBinder.At(ordinal));
                }
                SelectEntry entry = selectEntries[(int)position - 1];
                if (entry.Field is { } field)
                {
                    return KeyIndex(new SymbolReference(field.Symbol));
                }
                if (AstWalker.FindOutsideSubqueries<FunctionCall>(entry.Expression!, c => _binder.IsAggregateCall(c) || c.Window is not null).Count > 0)
                {
                    throw new ManifoldException(StandardErrorCode.InvalidColumnReference,
                        $"GROUP BY position {position} is an aggregate or window function", ExpressionBinder.At(ordinal));
                }
                expression = entry.Expression!;
            }
            return KeyIndex(_binder.Bind(expression, groupContext));
        }

        // Each element contributes a list of sets; the query's sets are their cross product.
        var sets = new List<List<int>> { new() };
        bool simpleOnly = true;
        foreach (GroupingElement element in specification.GroupBy?.Elements ?? NodeList<GroupingElement>.Empty)
        {
            List<List<int>> elementSets;
            switch (element)
            {
                case SimpleGroupBy simple:
                    elementSets = [simple.Expressions.Select(BindKey).ToList()];
                    break;
                case GroupingSets groupingSets:
                    simpleOnly = false;
                    elementSets = groupingSets.Sets.Select(set => set.Select(BindKey).ToList()).ToList();
                    break;
                case Rollup rollup:
                {
                    simpleOnly = false;
                    var keys = rollup.Expressions.Select(BindKey).ToList();
                    elementSets = Enumerable.Range(0, keys.Count + 1).Select(n => keys.Take(keys.Count - n).ToList()).ToList();
                    break;
                }
                case Cube cube:
                {
                    simpleOnly = false;
                    var keys = cube.Expressions.Select(BindKey).ToList();
                    if (keys.Count > 12)
                    {
                        throw new ManifoldException(StandardErrorCode.TooManyGroupingSets, "CUBE supports at most 12 expressions", ExpressionBinder.At(cube));
                    }
                    elementSets = [];
                    for (int mask = (1 << keys.Count) - 1; mask >= 0; mask--)
                    {
                        elementSets.Add(keys.Where((_, i) => (mask & (1 << (keys.Count - 1 - i))) != 0).ToList());
                    }
                    break;
                }
                default:
                    throw new ManifoldException(StandardErrorCode.NotSupported, "Unsupported grouping element", ExpressionBinder.At(element));
            }
            sets = sets.SelectMany(prefix => elementSets.Select(suffix => prefix.Concat(suffix).Distinct().ToList())).ToList();
            if (sets.Count > 4096)
            {
                throw new ManifoldException(StandardErrorCode.TooManyGroupingSets, "Too many grouping sets", ExpressionBinder.At(element));
            }
        }
        if (specification.GroupBy?.Distinct == true)
        {
            sets = sets.DistinctBy(s => string.Join(",", s.Order())).ToList();
        }
        plan = groupContext.Plan;

        // Aggregate calls: arguments, FILTER and ORDER BY bound against the source.
        var aggregateContext = new BindingContext(sourceScope, plan, "Aggregate function argument");
        var boundAggregates = new List<(FunctionCall Call, ResolvedAggregate Function, BoundExpression[] Arguments, BoundExpression? Filter, (BoundExpression Key, SortItem Item)[] OrderBy)>();
        foreach (FunctionCall call in aggregateCalls)
        {
            string name = call.Name.Parts[^1].CanonicalValue;
            foreach (AstExpression argument in call.Arguments)
            {
                if (AstWalker.FindOutsideSubqueries<FunctionCall>(argument, c => _binder.IsAggregateCall(c) || c.Window is not null).FirstOrDefault() is { } nested)
                {
                    throw new ManifoldException(StandardErrorCode.NestedAggregation,
                        $"Cannot nest aggregations inside aggregation '{name}': [{Sql.Formatting.SqlFormatter.Format(nested)}]", ExpressionBinder.At(nested));
                }
            }
            var arguments = call.Arguments.Select(a => _binder.Bind(a, aggregateContext)).ToArray();
            var resolution = _context.Functions.Resolve(name, arguments.Select(a => a.Type).ToArray(), FunctionKind.Aggregate, ExpressionBinder.At(call));
            arguments = arguments.Select((a, i) => ExpressionBinder.Coerce(a, resolution.Binding.ArgumentTypes[i])).ToArray();
            BoundExpression? filter = call.Filter is null ? null : _binder.BindPredicate(call.Filter, aggregateContext);
            var orderBy = call.OrderBy?.Items.Select(i => (_binder.Bind(i.Key, aggregateContext), i)).ToArray() ?? [];
            boundAggregates.Add((call, new ResolvedAggregate(resolution.Binding, (IAggregateFunction)resolution.Entry.Implementation), arguments, filter, orderBy));
        }
        plan = aggregateContext.Plan;

        // Pre-projection: every key, argument, filter and ordering expression becomes a symbol.
        var preAssignments = new List<Assignment>();
        var preSymbols = new Dictionary<BoundExpression, Symbol>();
        Symbol Project(BoundExpression expression, string hint)
        {
            if (preSymbols.TryGetValue(expression, out Symbol? existing))
            {
                return existing;
            }
            Symbol symbol = expression is SymbolReference reference ? reference.Symbol : _context.Symbols.New(hint, expression.Type);
            preSymbols[expression] = symbol;
            preAssignments.Add(new Assignment(symbol, expression));
            return symbol;
        }
        var keySymbols = keyExpressions.Select(k => Project(k, "key")).ToArray();
        var aggregateAssignments = new List<AggregateAssignment>();
        var aggregateSymbols = new Dictionary<FunctionCall, Symbol>();
        var passThrough = new List<Symbol>();
        foreach (var (call, function, arguments, filter, orderBy) in boundAggregates)
        {
            var argumentSymbols = arguments.Select(a => Project(a, "arg")).ToArray();
            Symbol? filterSymbol = filter is null ? null : Project(filter, "filter");
            var sortKeys = orderBy.Select(o => ToSortKey(o.Item, Project(o.Key, "order"))).ToArray();
            passThrough.AddRange(argumentSymbols);
            if (filterSymbol is not null)
            {
                passThrough.Add(filterSymbol);
            }
            passThrough.AddRange(sortKeys.Select(k => k.Symbol));
            Symbol output = _context.Symbols.New(function.Name, function.Binding.ReturnType);
            aggregateAssignments.Add(new AggregateAssignment(output, new AggregateCall(function, argumentSymbols, call.Distinct, filterSymbol, sortKeys)));
            aggregateSymbols[call] = output;
        }
        plan = new ProjectNode(plan, preAssignments.ToArray());

        var keyMap = new List<(BoundExpression, Symbol)>();
        Symbol? groupId = null;
        (Symbol, long)? globalGroup = null;
        NodeList<Symbol> groupingKeys;
        bool needsGroupId = !simpleOnly && !(sets.Count == 1 && sets[0].Count == keyExpressions.Count);
        if (needsGroupId)
        {
            var keyOutputs = keySymbols.Select(s => _context.Symbols.Copy(s)).ToArray();
            groupId = _context.Symbols.New("groupid", SqlType.BigInt);
            plan = new GroupIdNode(plan, sets.Select(s => (NodeList<int>)s.ToArray()).ToArray(), keyOutputs, keySymbols, passThrough.Distinct().ToArray(), groupId);
            groupingKeys = keyOutputs.Append(groupId).ToArray();
            for (int i = 0; i < keyExpressions.Count; i++)
            {
                keyMap.Add((keyExpressions[i], keyOutputs[i]));
            }
            int emptySet = sets.FindIndex(s => s.Count == 0);
            if (emptySet >= 0)
            {
                globalGroup = (groupId, emptySet);
            }
        }
        else
        {
            groupingKeys = keySymbols.Distinct().ToArray();
            for (int i = 0; i < keyExpressions.Count; i++)
            {
                keyMap.Add((keyExpressions[i], keySymbols[i]));
            }
        }
        var aggregation = new AggregationNode(plan, groupingKeys, aggregateAssignments.ToArray(), globalGroup);
        plan = aggregation;

        var sourceSymbols = sourceScope.Fields.Select(f => f.Symbol).Concat(preSymbols.Values).ToHashSet();
        var outputs = aggregation.Outputs.ToHashSet();
        var grouping = new GroupingContext(keyExpressions, sets, groupId);
        return new PostAggregation(aggregateSymbols, keyMap, sourceSymbols, outputs, grouping);
    }
}
