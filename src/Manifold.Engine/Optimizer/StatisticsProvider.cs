using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Optimizer;

/// <summary>Estimates row counts of plan nodes from connector statistics, with simple selectivity guesses for filters
/// and joins (as Trino's cost model does without histograms). Caches per node.</summary>
internal sealed class StatisticsProvider(PlannerContext context)
{
    private const double UnknownRows = 1_000_000;
    private const double FilterSelectivity = 0.5;
    private readonly Dictionary<PlanNode, double> _rows = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<TableHandle_, TableStatistics> _tables = [];

    private readonly record struct TableHandle_(string Catalog, ConnectorTableHandle Handle);

    /// <summary>The estimated number of rows a node produces.</summary>
    public double Rows(PlanNode node)
    {
        if (_rows.TryGetValue(node, out double rows))
        {
            return rows;
        }
        rows = Estimate(node);
        _rows[node] = rows;
        return rows;
    }

    /// <summary>The connector statistics of a scanned table.</summary>
    public TableStatistics Table(TableScanNode scan)
    {
        var key = new TableHandle_(scan.Table.Catalog, scan.Table.Handle);
        if (!_tables.TryGetValue(key, out TableStatistics? statistics))
        {
            try
            {
                statistics = scan.Table.Connector.Metadata.GetTableStatistics(context.ConnectorSession(scan.Table.Catalog), scan.Table.Handle);
            }
            catch (Spi.Errors.ManifoldException)
            {
                statistics = TableStatistics.Unknown;
            }
            _tables[key] = statistics;
        }
        return statistics;
    }

    /// <summary>The estimated number of distinct values of a scanned column, or null.</summary>
    public double? DistinctValues(PlanNode node, Symbol symbol)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case TableScanNode scan:
            {
                int index = scan.OutputSymbols.ToList().IndexOf(symbol);
                if (index < 0)
                {
                    return null;
                }
                return Table(scan).Columns.TryGetValue(scan.Columns[index].Name, out ColumnStatistics? column) ? column.DistinctCount : null;
            }
            case ProjectNode project:
            {
                var assignment = project.Assignments.FirstOrDefault(a => a.Symbol == symbol);
                return assignment?.Expression is SymbolReference reference ? DistinctValues(project.Source, reference.Symbol) : null;
            }
            case FilterNode or LimitNode or SortNode or TopNNode:
                return DistinctValues(node.Sources[0], symbol) is { } d ? Math.Min(d, Rows(node)) : null;
            case JoinNode join:
                return (join.Left.Outputs.Contains(symbol) ? DistinctValues(join.Left, symbol) : DistinctValues(join.Right, symbol)) is { } value
                    ? Math.Min(value, Rows(node))
                    : null;
            case AggregationNode aggregation when aggregation.GroupingKeys.Contains(symbol):
                return DistinctValues(aggregation.Source, symbol);
            default:
                return null;
        }
    }

    private double Estimate(PlanNode node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case TableScanNode scan:
                return Table(scan).RowCount ?? UnknownRows;
            case ValuesNode values:
                return values.Rows.Count;
            case FilterNode filter:
                return Math.Max(1, Rows(filter.Source) * Math.Pow(FilterSelectivity, Math.Min(3, LogicalExpression.Conjuncts(filter.Predicate).Count)));
            case ProjectNode or SortNode or WindowNode or AssignUniqueIdNode or OutputNode or ApplyNode { Kind: not ApplyKind.Lateral }:
                return Rows(node.Sources[0]);
            case LimitNode limit:
                return limit.Count is { } count ? Math.Min(count, Rows(limit.Source)) : Rows(limit.Source);
            case TopNNode topN:
                return Math.Min(topN.Count, Rows(topN.Source));
            case EnforceSingleRowNode:
                return 1;
            case AggregationNode aggregation:
            {
                if (aggregation.GroupingKeys.Count == 0)
                {
                    return 1;
                }
                double input = Rows(aggregation.Source);
                double groups = 1;
                foreach (Symbol key in aggregation.GroupingKeys)
                {
                    groups *= DistinctValues(aggregation.Source, key) ?? Math.Sqrt(input);
                }
                return Math.Max(1, Math.Min(input, groups));
            }
            case JoinNode join:
            {
                double left = Rows(join.Left);
                double right = Rows(join.Right);
                if (join.Type is JoinType.Semi or JoinType.Anti)
                {
                    return left * 0.5;
                }
                if (join.Type is JoinType.RightSemi or JoinType.RightAnti)
                {
                    return right * 0.5;
                }
                if (join.Type == JoinType.Mark)
                {
                    return left;
                }
                double rows;
                if (join.Criteria.Count == 0)
                {
                    rows = left * right * (join.Filter is null ? 1 : FilterSelectivity);
                }
                else
                {
                    // Containment: each key matches rows of the side with more distinct values.
                    double distinct = 1;
                    foreach (EquiJoinClause clause in join.Criteria)
                    {
                        double l = DistinctValues(join.Left, clause.Left) ?? left;
                        double r = DistinctValues(join.Right, clause.Right) ?? right;
                        distinct = Math.Max(distinct, Math.Max(l, r));
                    }
                    rows = left * right / distinct;
                }
                return join.Type switch
                {
                    JoinType.Left => Math.Max(rows, left),
                    JoinType.Right => Math.Max(rows, right),
                    JoinType.Full => Math.Max(rows, left + right),
                    _ => Math.Max(1, rows),
                };
            }
            case UnionNode union:
                return union.Inputs.Sum(Rows);
            case UnnestNode unnest:
                return Rows(unnest.Source) * 10;
            case GroupIdNode groupId:
                return Rows(groupId.Source) * groupId.GroupingSets.Count;
            default:
                return node.Sources.Count > 0 ? Rows(node.Sources[0]) : UnknownRows;
        }
    }
}
