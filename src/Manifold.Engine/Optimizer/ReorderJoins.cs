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
    public static PlanNode Apply(PlanNode root, RuleContext context)
    {
        bool enabled = !string.Equals(context.Planner.Session.GetSystemProperty(SystemSessionProperties.JoinReorderingStrategy), "NONE", StringComparison.OrdinalIgnoreCase);
        return Visit(root, context, enabled);
    }

    private static PlanNode Visit(PlanNode node, RuleContext context, bool enabled)
    {
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            var leaves = new List<PlanNode>();
            var clauses = new List<EquiJoinClause>(join.Criteria);
            var filters = new List<BoundExpression>();
            if (join.Filter is not null)
            {
                filters.AddRange(LogicalExpression.Conjuncts(join.Filter));
            }
            Flatten(join.Left, leaves, clauses, filters);
            Flatten(join.Right, leaves, clauses, filters);
            var visitedLeaves = leaves.Select(l => Visit(l, context, enabled)).ToList();
            PlanNode rebuilt = enabled && visitedLeaves.Count > 2
                ? Greedy(visitedLeaves, clauses, filters, context)
                : Rebuild(join, visitedLeaves, context);
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
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            return join with { Left = RebuildTree(join.Left, leaves), Right = RebuildTree(join.Right, leaves) };
        }
        return leaves.Dequeue();
    }

    private static void Flatten(PlanNode node, List<PlanNode> leaves, List<EquiJoinClause> clauses, List<BoundExpression> filters)
    {
        if (node is JoinNode { Type: JoinType.Inner } join)
        {
            Flatten(join.Left, leaves, clauses, filters);
            Flatten(join.Right, leaves, clauses, filters);
            clauses.AddRange(join.Criteria);
            if (join.Filter is not null)
            {
                filters.AddRange(LogicalExpression.Conjuncts(join.Filter));
            }
            return;
        }
        leaves.Add(node);
    }

    private static PlanNode Greedy(List<PlanNode> leaves, List<EquiJoinClause> clauses, List<BoundExpression> filters, RuleContext context)
    {
        var remaining = new List<PlanNode>(leaves);
        var pendingClauses = new List<EquiJoinClause>(clauses);
        var pendingFilters = new List<BoundExpression>(filters);
        PlanNode current = remaining.MaxBy(context.Statistics.Rows)!;
        remaining.Remove(current);
        while (remaining.Count > 0)
        {
            var currentSymbols = current.Outputs.ToHashSet();
            PlanNode? best = null;
            JoinNode? bestJoin = null;
            double bestRows = double.MaxValue;
            foreach (PlanNode candidate in remaining)
            {
                var candidateSymbols = candidate.Outputs.ToHashSet();
                var criteria = Connecting(pendingClauses, currentSymbols, candidateSymbols);
                if (criteria.Count == 0)
                {
                    continue;
                }
                var trial = new JoinNode(JoinType.Inner, current, candidate, criteria.ToArray(), null, current.Outputs.Concat(candidate.Outputs).ToArray());
                double rows = context.Statistics.Rows(trial);
                if (rows < bestRows || (rows == bestRows && context.Statistics.Rows(candidate) < context.Statistics.Rows(best!)))
                {
                    (best, bestJoin, bestRows) = (candidate, trial, rows);
                }
            }
            if (best is null)
            {
                best = remaining.MinBy(context.Statistics.Rows)!;
                bestJoin = new JoinNode(JoinType.Inner, current, best, [], null, current.Outputs.Concat(best.Outputs).ToArray());
            }
            remaining.Remove(best);
            foreach (EquiJoinClause clause in bestJoin!.Criteria)
            {
                pendingClauses.RemoveAll(c => (c.Left == clause.Left && c.Right == clause.Right) || (c.Left == clause.Right && c.Right == clause.Left));
            }
            var available = bestJoin.OutputSymbols.ToHashSet();
            var applicable = pendingFilters.Where(f => ExpressionUtilities.Symbols(f).All(available.Contains)).ToList();
            pendingFilters.RemoveAll(applicable.Contains);
            // Clauses between symbols now on the same side become filters.
            var internalClauses = pendingClauses.Where(c => available.Contains(c.Left) && available.Contains(c.Right)).ToList();
            pendingClauses.RemoveAll(internalClauses.Contains);
            current = bestJoin with { Filter = applicable.Count == 0 && internalClauses.Count == 0 ? null : LogicalExpression.And(applicable.Concat(internalClauses.Select(c => Equal(c, context)))) };
        }
        var leftover = pendingFilters.Concat(pendingClauses.Select(c => Equal(c, context))).ToList();
        return leftover.Count == 0 ? current : new FilterNode(current, LogicalExpression.And(leftover));
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
