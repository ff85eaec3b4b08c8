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
    private const double UnknownEqualitySelectivity = 0.1;
    private const double MinimumRangeSelectivity = 1e-4;
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
                return ColumnStatistics(scan, symbol)?.DistinctCount;
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

    /// <summary>The estimated fraction of <paramref name="source"/>'s rows that satisfy <paramref name="predicate"/>: from
    /// distinct counts for equality and IN, from min/max for ranges, independence for OR, and for AND the most selective
    /// conjunct in full with each further one counting less (exponential backoff), since conjuncts are often correlated.</summary>
    public double Selectivity(BoundExpression predicate, PlanNode source)
    {
        switch (predicate)
        {
            case LogicalExpression { IsAnd: true } and:
            {
                var factors = new List<double>();
                var ranges = new Dictionary<Symbol, (double Low, double High)>();
                foreach (BoundExpression term in and.Terms)
                {
                    if (RangeBound(term, source) is { } bound)
                    {
                        // Bounds on one column intersect: x >= a AND x <= b keeps the rows between a and b.
                        (double low, double high) = ranges.GetValueOrDefault(bound.Column, (0, 1));
                        ranges[bound.Column] = bound.Below ? (low, Math.Min(high, bound.Fraction)) : (Math.Max(low, bound.Fraction), high);
                        continue;
                    }
                    factors.Add(Selectivity(term, source));
                }
                foreach ((double low, double high) in ranges.Values)
                {
                    factors.Add(Math.Max(high - low, MinimumRangeSelectivity));
                }
                factors.Sort();
                double result = 1;
                double exponent = 1;
                foreach (double factor in factors)
                {
                    result *= Math.Pow(factor, exponent);
                    exponent /= 2;
                }
                return result;
            }
            case LogicalExpression or:
            {
                double none = 1;
                foreach (BoundExpression term in or.Terms)
                {
                    none *= 1 - Selectivity(term, source);
                }
                return 1 - none;
            }
            case NotExpression { Value: var inner } when inner is IsNullExpression or InExpression or LogicalExpression:
                return 1 - Selectivity(inner, source);
            case IsNullExpression { Value: SymbolReference column }:
                return ColumnStatistics(source, column.Symbol)?.NullFraction ?? UnknownEqualitySelectivity;
            case InExpression { Value: SymbolReference column } inList when inList.Items.All(i => i is ConstantExpression):
                return Math.Min(1, inList.Items.Count * EqualitySelectivity(source, column.Symbol));
            case CallExpression call when RangeBound(call, source) is { } bound:
                return Math.Max(bound.Below ? bound.Fraction : 1 - bound.Fraction, MinimumRangeSelectivity);
            case CallExpression { Arguments: [var left, var right] } call:
            {
                if (right is SymbolReference && left is ConstantExpression)
                {
                    (left, right) = (right, left);
                }
                return (call.Function.Name, left, right) switch
                {
                    ("$equal", SymbolReference column, ConstantExpression { Value: not null }) => EqualitySelectivity(source, column.Symbol),
                    ("$not_equal", SymbolReference column, ConstantExpression { Value: not null }) => 1 - EqualitySelectivity(source, column.Symbol),
                    // Two columns of the same input compared for equality.
                    ("$equal", SymbolReference column, SymbolReference other)
                        => Math.Min(EqualitySelectivity(source, column.Symbol), EqualitySelectivity(source, other.Symbol)),
                    _ => FilterSelectivity,
                };
            }
            default:
                return FilterSelectivity;
        }
    }

    private double EqualitySelectivity(PlanNode source, Symbol column)
        => DistinctValues(source, column) is { } distinct and >= 1 ? 1 / distinct : UnknownEqualitySelectivity;

    /// <summary>A comparison of a column with a constant, as the fraction of the column's [min, max] range that lies below
    /// the constant, for numbers and dates with known bounds; null for anything else.</summary>
    private (Symbol Column, double Fraction, bool Below)? RangeBound(BoundExpression predicate, PlanNode source)
    {
        if (predicate is not CallExpression { Arguments: [var left, var right] } call)
        {
            return null;
        }
        string name = call.Function.Name;
        if (right is SymbolReference && left is ConstantExpression)
        {
            (left, right) = (right, left);
            name = ComparisonOperators.Flip(name);
        }
        bool? below = name switch
        {
            "$less_than" or "$less_than_or_equal" => true,
            "$greater_than" or "$greater_than_or_equal" => false,
            _ => null,
        };
        if (below is null || left is not SymbolReference column || right is not ConstantExpression { Value: { } value }
            || ColumnStatistics(source, column.Symbol) is not { Min: { } min, Max: { } max }
            || ToDouble(min) is not { } low || ToDouble(max) is not { } high || ToDouble(value) is not { } point || high <= low)
        {
            return null;
        }
        return (column.Symbol, Math.Clamp((point - low) / (high - low), 0, 1), below.Value);
    }

    private static double? ToDouble(object value) => value switch
    {
        long l => l,
        int i => i,
        short s => s,
        sbyte b => b,
        double d => d,
        float f => f,
        Int128 wide => (double)wide,
        _ => null,
    };

    /// <summary>The statistics of the scanned column a symbol comes from, unchanged by the nodes in between.</summary>
    private ColumnStatistics? ColumnStatistics(PlanNode node, Symbol symbol)
    {
        switch (node)
        {
            case TableScanNode scan:
            {
                int index = scan.OutputSymbols.ToList().IndexOf(symbol);
                return index >= 0 && Table(scan).Columns.TryGetValue(scan.Columns[index].Name, out ColumnStatistics? column) ? column : null;
            }
            case ProjectNode project:
                return project.Assignments.FirstOrDefault(a => a.Symbol == symbol)?.Expression is SymbolReference reference
                    ? ColumnStatistics(project.Source, reference.Symbol)
                    : null;
            case FilterNode or LimitNode or SortNode or TopNNode:
                return ColumnStatistics(node.Sources[0], symbol);
            case JoinNode join:
                return ColumnStatistics(join.Left.Outputs.Contains(symbol) ? join.Left : join.Right, symbol);
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
                return Math.Max(1, Rows(filter.Source) * Selectivity(filter.Predicate, filter.Source));
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
                    rows = left * right * (join.Filter is null ? 1 : Selectivity(join.Filter, join));
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
