using Manifold.Engine.Metadata;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Offers a connector the single-column conditions of a filter over its table scan (column compared with a
/// constant, IN lists of constants, IS [NOT] NULL). Conditions the connector applies exactly disappear from the plan; the
/// rest stay in the filter.</summary>
/// <remarks>Before: Filter[table_schema = 'tiny' AND x + 1 &gt; 2] -> TableScan.   After: Filter[x + 1 &gt; 2] -> TableScan[with
/// table_schema = 'tiny' pushed] when the connector answers Exact.</remarks>
internal sealed class PushFilterIntoTableScan : IPlanRule
{
    public string Name => "push_filter_into_table_scan";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not FilterNode { Source: TableScanNode scan } filter)
        {
            return null;
        }
        var conjuncts = LogicalExpression.Conjuncts(filter.Predicate);
        var offered = new List<(int Conjunct, ColumnDomain Domain)>();
        for (int i = 0; i < conjuncts.Count; i++)
        {
            if (ToDomain(conjuncts[i], scan) is { } domain)
            {
                offered.Add((i, domain));
            }
        }
        if (offered.Count == 0)
        {
            return null;
        }
        ConnectorSession session = context.Planner.ConnectorSession(scan.Table.Catalog);
        FilterPushdownResult? result;
        try
        {
            result = scan.Table.Connector.Metadata.ApplyFilter(session, scan.Table.Handle, new Constraint(offered.Select(o => o.Domain).ToArray()));
        }
        catch (Spi.Errors.ManifoldException)
        {
            return null;
        }
        if (result is null || result.Table.Equals(scan.Table.Handle))
        {
            return null;
        }
        var exact = new HashSet<int>();
        for (int i = 0; i < offered.Count && i < result.Outcomes.Count; i++)
        {
            if (result.Outcomes[i] == PushdownOutcome.Exact)
            {
                exact.Add(offered[i].Conjunct);
            }
        }
        string pushed = string.Join(" AND ", offered.Where((_, i) => i < result.Outcomes.Count && result.Outcomes[i] != PushdownOutcome.Unsupported)
            .Select(o => PlanPrinter.Format(conjuncts[o.Conjunct])));
        var newScan = scan with
        {
            Table = scan.Table with { Handle = result.Table },
            PushedDown = scan.PushedDown.Length == 0 ? $"constraint = {pushed}" : $"{scan.PushedDown} AND {pushed}",
        };
        var remaining = conjuncts.Where((_, i) => !exact.Contains(i)).ToArray();
        return remaining.Length == 0 ? newScan : new FilterNode(newScan, LogicalExpression.And(remaining));
    }

    private static ColumnDomain? ToDomain(BoundExpression conjunct, TableScanNode scan)
    {
        ConnectorColumnHandle? Column(BoundExpression expression)
        {
            if (expression is not SymbolReference reference)
            {
                return null;
            }
            int index = scan.OutputSymbols.ToList().IndexOf(reference.Symbol);
            return index < 0 ? null : scan.Columns[index];
        }
        switch (conjunct)
        {
            case CallExpression { Arguments: [var left, var right] } call when left.Type == right.Type:
            {
                string name = call.Function.Name;
                if (Column(right) is not null && left is ConstantExpression)
                {
                    (left, right) = (right, left);
                    name = ComparisonOperators.Flip(name);
                }
                if (Column(left) is not { } column || right is not ConstantExpression { Value: { } value })
                {
                    return null;
                }
                ValueRange? range = name switch
                {
                    "$equal" => ValueRange.Single(value),
                    "$less_than" => new ValueRange(null, false, value, false),
                    "$less_than_or_equal" => new ValueRange(null, false, value, true),
                    "$greater_than" => new ValueRange(value, false, null, false),
                    "$greater_than_or_equal" => new ValueRange(value, true, null, false),
                    _ => null,
                };
                return range is null ? null : new ColumnDomain(column, new Domain(left.Type, [range], NullAllowed: false));
            }
            case InExpression { Value: var value } inExpression when Column(value) is { } column
                && inExpression.Items.All(i => i is ConstantExpression { Value: not null }):
                return new ColumnDomain(column, new Domain(value.Type,
                    inExpression.Items.Select(i => ValueRange.Single(((ConstantExpression)i).Value!)).ToArray(), NullAllowed: false));
            case IsNullExpression { Value: var value } when Column(value) is { } column:
                return new ColumnDomain(column, new Domain(value.Type, [], NullAllowed: true));
            case NotExpression { Value: IsNullExpression { Value: var value } } when Column(value) is { } column:
                return new ColumnDomain(column, new Domain(value.Type, [new ValueRange(null, false, null, false)], NullAllowed: false));
            default:
                return null;
        }
    }
}
