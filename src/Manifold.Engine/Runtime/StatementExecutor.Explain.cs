using System.Globalization;
using System.Text.Json;
using Manifold.Engine.Execution;
using Manifold.Engine.Execution.Operators;
using Manifold.Engine.Optimizer;
using Manifold.Engine.Planning;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Errors;
using Manifold.Spi.Memory;
using Manifold.Spi.Types;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Runtime;

internal sealed partial class StatementExecutor
{
    private static readonly QueryColumn[] s_planColumns = [new("Query Plan", SqlType.Varchar)];

    private async Task<QueryResult> ExplainAsync(
        Session.Session session, ExplainStatement explain, string queryId, IReadOnlyList<BoundExpression> parameters, CancellationToken cancellationToken)
    {
        if (explain.Statement is not Query query)
        {
            throw new ManifoldException(StandardErrorCode.NotSupported, "EXPLAIN is only supported for queries", ExpressionBinder.At(explain.Statement));
        }
        PlannerContext planner = CreatePlannerContext(session, queryId, parameters, cancellationToken);
        OutputNode logical = new QueryPlanner(planner).PlanOutput(query);
        CheckReads(planner, logical);
        if (explain.Type == ExplainType.Validate)
        {
            return Rows(queryId, [new QueryColumn("Valid", SqlType.Boolean)], [[true]]);
        }
        var plan = (OutputNode)Optimize(logical, planner);
        var statistics = new StatisticsProvider(planner);
        if (explain.Type == ExplainType.Io)
        {
            return Rows(queryId, s_planColumns, [[IoPlan(plan)]]);
        }
        if (!explain.Analyze)
        {
            PlanPrinter.NodeAnnotation estimates = node => $"Estimates: {{rows: {FormatRows(statistics.Rows(node))}}}";
            string text = explain.Format == ExplainFormat.Json ? PlanPrinter.ToJson(plan, estimates) : PlanPrinter.ToText(plan, estimates);
            return Rows(queryId, s_planColumns, [[text]]);
        }
        // EXPLAIN ANALYZE: run the query to completion, then print the plan with what each node did.
        QueryContext context = CreateQueryContext(planner, cancellationToken);
        var physical = new LocalExecutionPlanner(context, plan);
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        long rows = 0;
        try
        {
            using IOperator root = physical.CreateRoot(plan);
            while (await root.NextAsync(cancellationToken).ConfigureAwait(false) is { } page)
            {
                rows += page.RowCount;
            }
        }
        finally
        {
            context.Memory.SetBytes(0);
        }
        TimeSpan elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        PlanPrinter.NodeAnnotation actuals = node =>
        {
            if (!physical.NodeIds.TryGetValue(node, out int id) || !context.Stats.TryGetValue(id, out OperatorStats? stats))
            {
                return null;
            }
            double exclusive = stats.WallTime.TotalMilliseconds - node.Sources
                .Select(s => physical.NodeIds.TryGetValue(s, out int child) && context.Stats.TryGetValue(child, out OperatorStats? c) ? c.WallTime.TotalMilliseconds : 0)
                .Sum();
            string text = string.Create(CultureInfo.InvariantCulture,
                $"Output: {stats.OutputRows} rows in {stats.OutputPages} pages, Time: {Math.Max(0, exclusive):0.00}ms (total {stats.WallTime.TotalMilliseconds:0.00}ms summed over threads), Estimated rows: {FormatRows(statistics.Rows(node))}");
            return stats.PeakMemoryBytes > 0 ? $"{text}, Peak memory: {MemoryContext.FormatBytes(stats.PeakMemoryBytes)}" : text;
        };
        string header = string.Create(CultureInfo.InvariantCulture,
            $"Query {queryId}: {rows} rows in {elapsed.TotalMilliseconds:0.00}ms, peak memory {MemoryContext.FormatBytes(context.Memory.PeakBytes)}");
        string body = explain.Format == ExplainFormat.Json ? PlanPrinter.ToJson(plan, actuals) : PlanPrinter.ToText(plan, actuals);
        return Rows(queryId, s_planColumns, [[header + "\n" + body]]);
    }

    private static string FormatRows(double rows) => rows >= 1e15 ? "?" : rows.ToString("0", CultureInfo.InvariantCulture);

    private static string IoPlan(PlanNode plan)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("inputTableColumnInfos");
            foreach (TableScanNode scan in PlanRewriter.Nodes(plan).OfType<TableScanNode>())
            {
                writer.WriteStartObject();
                writer.WriteStartObject("table");
                writer.WriteString("catalog", scan.Table.Catalog);
                writer.WriteStartObject("schemaTable");
                writer.WriteString("schema", scan.Table.Name.Schema);
                writer.WriteString("table", scan.Table.Name.Table);
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteStartArray("columns");
                foreach (var column in scan.Columns.Zip(scan.OutputSymbols))
                {
                    writer.WriteStartObject();
                    writer.WriteString("columnName", column.First.Name);
                    writer.WriteString("type", column.Second.Type.Name);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
