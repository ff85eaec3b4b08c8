using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Connectors;

namespace Manifold.Engine.Optimizer.Rules;

/// <summary>Offers a connector the limit over its table scan (directly or through a projection), so it can stop producing
/// rows early. The engine keeps its own limit unless the connector guarantees it.</summary>
/// <remarks>Before: Limit[10] -> TableScan.   After: TableScan[limit = 10] (or Limit[10] -> TableScan[limit = 10]).</remarks>
internal sealed class PushLimitIntoTableScan : IPlanRule
{
    public string Name => "push_limit_into_table_scan";

    public PlanNode? TryRewrite(PlanNode node, RuleContext context)
    {
        if (node is not LimitNode { Count: { } count, TiesOrderBy: null } limit || limit.Offset > 0)
        {
            return null;
        }
        TableScanNode? scan = limit.Source switch
        {
            TableScanNode direct => direct,
            ProjectNode { Source: TableScanNode projected } => projected,
            _ => null,
        };
        if (scan is null || scan.PushedDown.Contains("limit", StringComparison.Ordinal))
        {
            return null;
        }
        ConnectorSession session = context.Planner.ConnectorSession(scan.Table.Catalog);
        LimitPushdownResult? result = scan.Table.Connector.Metadata.ApplyLimit(session, scan.Table.Handle, count);
        if (result is null)
        {
            return null;
        }
        var newScan = scan with
        {
            Table = scan.Table with { Handle = result.Table },
            PushedDown = scan.PushedDown.Length == 0 ? $"limit = {count}" : $"{scan.PushedDown}, limit = {count}",
        };
        PlanNode source = limit.Source is ProjectNode project ? project with { Source = newScan } : newScan;
        return result.LimitGuaranteed && limit.Source is TableScanNode ? source : limit with { Source = source };
    }
}
