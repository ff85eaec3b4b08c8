using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Engine.Session;

namespace Manifold.Engine.Optimizer;

/// <summary>Reorders trees of inner joins greedily by estimated size: the largest input streams (is probed), and the input
/// that keeps the intermediate result smallest is joined next as a hash-build side. Inputs without a join condition to the
/// rest are joined last, smallest first.</summary>
/// <remarks>Only inner joins are reordered; outer, semi, anti and mark joins keep their order. Turned off by
/// <c>join_reordering_strategy = 'NONE'</c> (the build side is still the smaller input then).</remarks>
internal static class ReorderJoins
{
    /// <summary>Up to this many inputs the best bushy order is searched exhaustively (dynamic programming over subsets);
    /// beyond, the greedy left-deep order is used.</summary>
    private const int MaxExhaustiveInputs = 10;

    public static PlanNode Apply(PlanNode root, RuleContext context)
    {
        bool enabled = !string.Equals(context.Planner.Session.GetSystemProperty(SystemSessionProperties.JoinReorderingStrategy), "NONE", StringComparison.OrdinalIgnoreCase);
        return Visit(root, context, enabled);
    }

    private static PlanNode Visit(PlanNode node, RuleContext context, bool enabled)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            var leaves = new List<PlanNode>();
            var clauses = new List<EquiJoinClause>(join.Criteria);
            var filters = new List<BoundExpression>();
            if (join.Filter is not null)
            {
                AddConditions(join.Filter, clauses, filters);
            }
            Flatten(join.Left, leaves, clauses, filters);
            Flatten(join.Right, leaves, clauses, filters);
            var visitedLeaves = leaves.Select(l => Visit(l, context, enabled)).ToList();
            PlanNode rebuilt = !enabled || visitedLeaves.Count <= 2
                ? Rebuild(join, visitedLeaves, context)
                : (visitedLeaves.Count <= MaxExhaustiveInputs ? Exhaustive(visitedLeaves, clauses, filters, context) : null)
                  ?? Greedy(visitedLeaves, clauses, filters, context);
            if (rebuilt.Outputs.SequenceEqual(join.Outputs))
            {
                return rebuilt;
            }
            return new ProjectNode(rebuilt, join.Outputs.Select(s => new Assignment(s, new SymbolReference(s))).ToArray());
        }
        return node.Sources.Count == 0 ? node : node.WithSources(node.Sources.Select(s => Visit(s, context, enabled)).ToArray());
    }

    /// <summary>Keeps the original shape of a small join but puts the smaller input on the build (right) side.</summary>
    private static PlanNode Rebuild(JoinNode join, List<PlanNode> leaves, RuleContext context)
    {
        if (leaves.Count != 2)
        {
            // Join reordering is off: keep the tree, with its inputs already visited.
            return RebuildTree(join, new Queue<PlanNode>(leaves));
        }
        var rebuilt = join with { Left = leaves[0], Right = leaves[1] };
        if (context.Statistics.Rows(rebuilt.Right) > context.Statistics.Rows(rebuilt.Left) * 1.2)
        {
            return rebuilt with
            {
                Left = rebuilt.Right,
                Right = rebuilt.Left,
                Criteria = rebuilt.Criteria.Select(c => new EquiJoinClause(c.Right, c.Left)).ToArray(),
            };
        }
        return rebuilt;
    }

    private static PlanNode RebuildTree(PlanNode node, Queue<PlanNode> leaves)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            return join with { Left = RebuildTree(join.Left, leaves), Right = RebuildTree(join.Right, leaves) };
        }
        return leaves.Dequeue();
    }

    private static void Flatten(PlanNode node, List<PlanNode> leaves, List<EquiJoinClause> clauses, List<BoundExpression> filters)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (node is FilterNode { Source: JoinNode { Type: JoinType.Inner } } filter && ExpressionUtilities.IsDeterministic(filter.Predicate))
        {
            AddConditions(filter.Predicate, clauses, filters);
            Flatten(filter.Source, leaves, clauses, filters);
            return;
        }
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            Flatten(join.Left, leaves, clauses, filters);
            Flatten(join.Right, leaves, clauses, filters);
            clauses.AddRange(join.Criteria);
            if (join.Filter is not null)
            {
                AddConditions(join.Filter, clauses, filters);
            }
            return;
        }
        leaves.Add(node);
    }

    /// <summary>Splits a condition into equalities between two columns (which connect inputs and become hash join
    /// criteria) and other conjuncts.</summary>
    private static void AddConditions(BoundExpression condition, List<EquiJoinClause> clauses, List<BoundExpression> filters)
    {
        foreach (BoundExpression conjunct in LogicalExpression.Conjuncts(condition))
        {
            if (conjunct is CallExpression { Function.Name: "$equal", Arguments: [SymbolReference left, SymbolReference right] } && left.Type == right.Type)
            {
                clauses.Add(new EquiJoinClause(left.Symbol, right.Symbol));
            }
            else
            {
                filters.Add(conjunct);
            }
        }
    }

    private static PlanNode Greedy(List<PlanNode> leaves, List<EquiJoinClause> clauses, List<BoundExpression> filters, RuleContext context)
    {
        // Estimates are computed per leaf once and combined incrementally, so ordering n inputs costs O(n^2) arithmetic.
        var rows = new Dictionary<PlanNode, double>(ReferenceEqualityComparer.Instance);
        foreach (PlanNode leaf in leaves)
        {
            rows[leaf] = context.Statistics.Rows(leaf);
        }
        var owner = new Dictionary<Symbol, PlanNode>();
        foreach (PlanNode leaf in leaves)
        {
            foreach (Symbol symbol in leaf.Outputs)
            {
                owner.TryAdd(symbol, leaf);
            }
        }
        var distinct = new Dictionary<Symbol, double>();
        double Distinct(Symbol symbol)
        {
            if (!distinct.TryGetValue(symbol, out double value))
            {
                PlanNode leaf = owner[symbol];
                value = context.Statistics.DistinctValues(leaf, symbol) ?? rows[leaf];
                distinct[symbol] = value;
            }
            return value;
        }
        var remaining = new List<PlanNode>(leaves);
        var pendingClauses = new List<EquiJoinClause>(clauses);
        var pendingFilters = new List<BoundExpression>(filters);
        PlanNode current = remaining.MaxBy(l => rows[l])!;
        double currentRows = rows[current];
        remaining.Remove(current);
        var currentSymbols = current.Outputs.ToHashSet();
        while (remaining.Count > 0)
        {
            PlanNode? best = null;
            List<EquiJoinClause>? bestCriteria = null;
            double bestRows = double.MaxValue;
            foreach (PlanNode candidate in remaining)
            {
                var criteria = Connecting(pendingClauses, currentSymbols, candidate.Outputs.ToHashSet());
                if (criteria.Count == 0)
                {
                    continue;
                }
                double divisor = 1;
                foreach (EquiJoinClause clause in criteria)
                {
                    divisor = Math.Max(divisor, Math.Max(Distinct(clause.Left), Distinct(clause.Right)));
                }
                double estimate = Math.Max(1, currentRows * rows[candidate] / divisor);
                if (estimate < bestRows || (estimate == bestRows && rows[candidate] < rows[best!]))
                {
                    (best, bestCriteria, bestRows) = (candidate, criteria, estimate);
                }
            }
            if (best is null)
            {
                best = remaining.MinBy(l => rows[l])!;
                bestCriteria = [];
                bestRows = currentRows * rows[best];
            }
            remaining.Remove(best);
            foreach (EquiJoinClause clause in bestCriteria!)
            {
                pendingClauses.RemoveAll(c => (c.Left == clause.Left && c.Right == clause.Right) || (c.Left == clause.Right && c.Right == clause.Left));
            }
            currentSymbols.UnionWith(best.Outputs);
            var applicable = pendingFilters.Where(f => ExpressionUtilities.Symbols(f).All(currentSymbols.Contains)).ToList();
            pendingFilters.RemoveAll(applicable.Contains);
            // Clauses between symbols now on the same side become filters.
            var internalClauses = pendingClauses.Where(c => currentSymbols.Contains(c.Left) && currentSymbols.Contains(c.Right)).ToList();
            pendingClauses.RemoveAll(internalClauses.Contains);
            BoundExpression? filter = applicable.Count == 0 && internalClauses.Count == 0
                ? null
                : LogicalExpression.And(applicable.Concat(internalClauses.Select(c => Equal(c, context))));
            current = new JoinNode(JoinType.Inner, current, best, bestCriteria.ToArray(), filter, current.Outputs.Concat(best.Outputs).ToArray());
            currentRows = bestRows;
        }
        var leftover = pendingFilters.Concat(pendingClauses.Select(c => Equal(c, context))).ToList();
        return leftover.Count == 0 ? current : new FilterNode(current, LogicalExpression.And(leftover));
    }

    /// <summary>The cheapest bushy join tree over connected inputs, by dynamic programming over subsets (DPsub). The cost
    /// of a tree is the number of rows every join in it produces plus the rows it builds hash tables from; the smaller
    /// input of each join is the build side. Null when the inputs are not all connected by equalities.</summary>
    private static PlanNode? Exhaustive(List<PlanNode> leaves, List<EquiJoinClause> clauses, List<BoundExpression> filters, RuleContext context)
    {
        int n = leaves.Count;
        var owner = new Dictionary<Symbol, int>();
        for (int i = 0; i < n; i++)
        {
            foreach (Symbol symbol in leaves[i].Outputs)
            {
                owner.TryAdd(symbol, i);
            }
        }
        var rows = leaves.Select(context.Statistics.Rows).ToArray();
        // Selectivity between two inputs: 1 / the largest distinct count of any equality between them.
        var selectivity = new double[n, n];
        var edges = new int[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                selectivity[i, j] = 1;
            }
        }
        foreach (EquiJoinClause clause in clauses)
        {
            if (!owner.TryGetValue(clause.Left, out int a) || !owner.TryGetValue(clause.Right, out int b) || a == b)
            {
                continue;
            }
            double distinct = Math.Max(
                context.Statistics.DistinctValues(leaves[a], clause.Left) ?? rows[a],
                context.Statistics.DistinctValues(leaves[b], clause.Right) ?? rows[b]);
            double value = 1 / Math.Max(1, distinct);
            selectivity[a, b] = selectivity[b, a] = Math.Min(selectivity[a, b], value);
            edges[a] |= 1 << b;
            edges[b] |= 1 << a;
        }
        int full = (1 << n) - 1;
        var cardinality = new double[full + 1];
        var cost = new double[full + 1];
        var split = new int[full + 1];
        var connected = new bool[full + 1];
        for (int set = 1; set <= full; set++)
        {
            double estimate = 1;
            for (int i = 0; i < n; i++)
            {
                if ((set & (1 << i)) == 0)
                {
                    continue;
                }
                estimate *= rows[i];
                for (int j = i + 1; j < n; j++)
                {
                    if ((set & (1 << j)) != 0)
                    {
                        estimate *= selectivity[i, j];
                    }
                }
            }
            cardinality[set] = Math.Max(1, estimate);
            cost[set] = double.MaxValue;
            if ((set & (set - 1)) == 0)
            {
                connected[set] = true;
                cost[set] = 0;
            }
        }
        for (int set = 1; set <= full; set++)
        {
            if ((set & (set - 1)) == 0)
            {
                continue;
            }
            // Each split once: the part holding the lowest input is the left one.
            int lowest = set & -set;
            for (int left = (set - 1) & set; left > 0; left = (left - 1) & set)
            {
                int right = set ^ left;
                if ((left & lowest) == 0 || !connected[left] || !connected[right] || !Adjacent(left, right, edges, n))
                {
                    continue;
                }
                double candidate = cost[left] + cost[right] + cardinality[set] + Math.Min(cardinality[left], cardinality[right]);
                if (candidate < cost[set])
                {
                    cost[set] = candidate;
                    split[set] = left;
                    connected[set] = true;
                }
            }
        }
        if (!connected[full])
        {
            return null;
        }
        var pendingFilters = new List<BoundExpression>(filters);
        PlanNode Build(int set)
        {
            if ((set & (set - 1)) == 0)
            {
                return leaves[System.Numerics.BitOperations.TrailingZeroCount(set)];
            }
            int left = split[set];
            int right = set ^ left;
            // The larger input streams (probe, left); the smaller is built (right).
            if (cardinality[left] < cardinality[right])
            {
                (left, right) = (right, left);
            }
            PlanNode probe = Build(left);
            PlanNode build = Build(right);
            var probeSymbols = probe.Outputs.ToHashSet();
            var buildSymbols = build.Outputs.ToHashSet();
            var criteria = Connecting(clauses, probeSymbols, buildSymbols);
            var available = new HashSet<Symbol>(probeSymbols);
            available.UnionWith(buildSymbols);
            var applicable = pendingFilters.Where(f => ExpressionUtilities.Symbols(f).All(available.Contains)).ToList();
            pendingFilters.RemoveAll(applicable.Contains);
            return new JoinNode(JoinType.Inner, probe, build, criteria.ToArray(), applicable.Count == 0 ? null : LogicalExpression.And(applicable),
                probe.Outputs.Concat(build.Outputs).ToArray());
        }
        PlanNode result = Build(full);
        // Equalities between inputs that are also joined through other inputs stay as conditions on top.
        var resultSymbols = result.Outputs.ToHashSet();
        var used = new HashSet<EquiJoinClause>(PlanRewriter.Nodes(result).OfType<JoinNode>().SelectMany(j => j.Criteria)
            .SelectMany(c => new[] { c, new EquiJoinClause(c.Right, c.Left) }));
        var leftover = pendingFilters.Concat(clauses.Where(c => !used.Contains(c)).Select(c => Equal(c, context))).ToList();
        return leftover.Count == 0 ? result : new FilterNode(result, LogicalExpression.And(leftover));
    }

    private static bool Adjacent(int left, int right, int[] edges, int n)
    {
        for (int i = 0; i < n; i++)
        {
            if ((left & (1 << i)) != 0 && (edges[i] & right) != 0)
            {
                return true;
            }
        }
        return false;
    }

    private static List<EquiJoinClause> Connecting(List<EquiJoinClause> clauses, HashSet<Symbol> left, HashSet<Symbol> right)
    {
        var result = new List<EquiJoinClause>();
        foreach (EquiJoinClause clause in clauses)
        {
            if (left.Contains(clause.Left) && right.Contains(clause.Right))
            {
                result.Add(clause);
            }
            else if (left.Contains(clause.Right) && right.Contains(clause.Left))
            {
                result.Add(new EquiJoinClause(clause.Right, clause.Left));
            }
        }
        return result;
    }

    private static BoundExpression Equal(EquiJoinClause clause, RuleContext context)
    {
        var resolution = context.Functions.Resolve("$equal", [clause.Left.Type, clause.Right.Type], Spi.Functions.FunctionKind.Scalar, null);
        var function = new ResolvedFunction(resolution.Binding, (Spi.Functions.IScalarFunction)resolution.Entry.Implementation, true);
        return new CallExpression(function, [new SymbolReference(clause.Left), new SymbolReference(clause.Right)]);
    }
}
