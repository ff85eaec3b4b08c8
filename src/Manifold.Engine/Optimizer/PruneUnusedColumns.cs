using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Optimizer;

/// <summary>Removes columns nobody reads, top-down: unused projections and aggregates disappear and table scans read only
/// the columns the query needs (which for generated or remote data means less work at the source).</summary>
internal static class PruneUnusedColumns
{
    /// <summary>The plan with every node producing only what its parents need.</summary>
    public static PlanNode Apply(PlanNode root) => Prune(root, root.Outputs.ToHashSet());

    private static PlanNode Prune(PlanNode node, HashSet<Symbol> required)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case OutputNode output:
                return output with { Source = Prune(output.Source, output.Columns.ToHashSet()) };
            case ProjectNode project:
            {
                var kept = project.Assignments.Where(a => required.Contains(a.Symbol)).ToArray();
                var childRequired = new HashSet<Symbol>();
                foreach (Assignment assignment in kept)
                {
                    ExpressionUtilities.Collect(assignment.Expression, childRequired);
                }
                return new ProjectNode(Prune(project.Source, childRequired), kept);
            }
            case FilterNode filter:
            {
                var childRequired = new HashSet<Symbol>(required);
                ExpressionUtilities.Collect(filter.Predicate, childRequired);
                PlanNode pruned = filter with { Source = Prune(filter.Source, childRequired) };
                if (pruned.Outputs.All(required.Contains))
                {
                    return pruned;
                }
                // Columns read only by the predicate stop here instead of being copied for every row that passes.
                return new ProjectNode(pruned, pruned.Outputs.Where(required.Contains).Select(s => new Assignment(s, new SymbolReference(s))).ToArray());
            }
            case TableScanNode scan:
            {
                var indexes = Enumerable.Range(0, scan.OutputSymbols.Count).Where(i => required.Contains(scan.OutputSymbols[i])).ToArray();
                if (indexes.Length == scan.OutputSymbols.Count)
                {
                    return scan;
                }
                return scan with
                {
                    OutputSymbols = indexes.Select(i => scan.OutputSymbols[i]).ToArray(),
                    Columns = indexes.Select(i => scan.Columns[i]).ToArray(),
                };
            }
            case ValuesNode values:
            {
                var indexes = Enumerable.Range(0, values.OutputSymbols.Count).Where(i => required.Contains(values.OutputSymbols[i])).ToArray();
                if (indexes.Length == values.OutputSymbols.Count)
                {
                    return values;
                }
                return values with
                {
                    OutputSymbols = indexes.Select(i => values.OutputSymbols[i]).ToArray(),
                    Rows = values.Rows.Select(r => (NodeList<BoundExpression>)indexes.Select(i => r[i]).ToArray()).ToArray(),
                };
            }
            case AggregationNode aggregation:
            {
                var kept = aggregation.Aggregates.Where(a => required.Contains(a.Symbol)).ToArray();
                var childRequired = new HashSet<Symbol>(aggregation.GroupingKeys);
                foreach (AggregateAssignment aggregate in kept)
                {
                    childRequired.UnionWith(aggregate.Call.Arguments);
                    if (aggregate.Call.Filter is not null)
                    {
                        childRequired.Add(aggregate.Call.Filter);
                    }
                    childRequired.UnionWith(aggregate.Call.OrderBy.Select(k => k.Symbol));
                }
                return aggregation with { Aggregates = kept, Source = Prune(aggregation.Source, childRequired) };
            }
            case JoinNode join:
            {
                var outputs = join.OutputSymbols.Where(s => required.Contains(s) || s == join.MarkSymbol).ToArray();
                var needed = new HashSet<Symbol>(outputs);
                foreach (EquiJoinClause clause in join.Criteria)
                {
                    needed.Add(clause.Left);
                    needed.Add(clause.Right);
                }
                if (join.Filter is not null)
                {
                    ExpressionUtilities.Collect(join.Filter, needed);
                }
                var leftOutputs = join.Left.Outputs.ToHashSet();
                var rightOutputs = join.Right.Outputs.ToHashSet();
                return join with
                {
                    OutputSymbols = outputs,
                    Left = Prune(join.Left, needed.Where(leftOutputs.Contains).ToHashSet()),
                    Right = Prune(join.Right, needed.Where(rightOutputs.Contains).ToHashSet()),
                };
            }
            case ApplyNode apply:
            {
                var inputRequired = new HashSet<Symbol>(required.Where(apply.Input.Outputs.Contains));
                inputRequired.UnionWith(apply.Correlation.Where(apply.Input.Outputs.Contains));
                if (apply.Value is not null)
                {
                    ExpressionUtilities.Collect(apply.Value, inputRequired);
                }
                var subqueryRequired = apply.Kind == ApplyKind.Lateral ? apply.Subquery.Outputs.ToHashSet() : [.. apply.Subquery.Outputs];
                return apply with { Input = Prune(apply.Input, inputRequired), Subquery = Prune(apply.Subquery, subqueryRequired) };
            }
            case SortNode sort:
                return sort with { Source = Prune(sort.Source, [.. required, .. sort.OrderBy.Select(k => k.Symbol)]) };
            case TopNNode topN:
                return topN with { Source = Prune(topN.Source, [.. required, .. topN.OrderBy.Select(k => k.Symbol)]) };
            case LimitNode limit:
                return limit with { Source = Prune(limit.Source, [.. required, .. (limit.TiesOrderBy?.Select(k => k.Symbol) ?? [])]) };
            case WindowNode window:
            {
                var kept = window.Functions.Where(f => required.Contains(f.Symbol)).ToArray();
                if (kept.Length == 0)
                {
                    return Prune(window.Source, required);
                }
                var childRequired = new HashSet<Symbol>(required.Where(window.Source.Outputs.Contains));
                childRequired.UnionWith(window.PartitionBy);
                childRequired.UnionWith(window.OrderBy.Select(k => k.Symbol));
                foreach (WindowAssignment function in kept)
                {
                    childRequired.UnionWith(function.Call.Arguments);
                    if (function.Call.Frame.StartOffset is { } start)
                    {
                        childRequired.Add(start);
                    }
                    if (function.Call.Frame.EndOffset is { } end)
                    {
                        childRequired.Add(end);
                    }
                }
                return window with { Functions = kept, Source = Prune(window.Source, childRequired) };
            }
            case UnionNode union:
            {
                var indexes = Enumerable.Range(0, union.OutputSymbols.Count).Where(i => required.Contains(union.OutputSymbols[i])).ToArray();
                var inputs = union.Inputs.Select((input, i) => Prune(input, indexes.Select(c => union.InputSymbols[i][c]).ToHashSet())).ToArray();
                return union with
                {
                    Inputs = inputs,
                    OutputSymbols = indexes.Select(c => union.OutputSymbols[c]).ToArray(),
                    InputSymbols = union.InputSymbols.Select(symbols => (NodeList<Symbol>)indexes.Select(c => symbols[c]).ToArray()).ToArray(),
                };
            }
            case AssignUniqueIdNode unique:
                return unique with { Source = Prune(unique.Source, required.Where(s => s != unique.IdSymbol).ToHashSet()) };
            case EnforceSingleRowNode single:
                return single with { Source = Prune(single.Source, required) };
            case UnnestNode unnest:
            {
                var replicate = unnest.Replicate.Where(required.Contains).ToArray();
                var childRequired = new HashSet<Symbol>(replicate);
                childRequired.UnionWith(unnest.Mappings.Select(m => m.Input));
                return unnest with { Replicate = replicate, Source = Prune(unnest.Source, childRequired) };
            }
            case GroupIdNode groupId:
                return groupId with { Source = Prune(groupId.Source, [.. groupId.KeyInputs, .. groupId.PassThrough]) };
            default:
                // Writers and anything else need all their inputs.
                return node.WithSources(node.Sources.Select(s => Prune(s, s.Outputs.ToHashSet())).ToArray());
        }
    }
}
