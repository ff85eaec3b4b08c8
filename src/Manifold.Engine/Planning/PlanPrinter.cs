using System.Globalization;
using System.Text;
using System.Text.Json;
using Manifold.Engine.Planning.Expressions;
using Manifold.Engine.Planning.Nodes;
using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

/// <summary>Prints plans for EXPLAIN: an indented tree of operators with their key details, optionally with estimates or
/// the statistics of an actual run (EXPLAIN ANALYZE).</summary>
public static class PlanPrinter
{
    /// <summary>Per-node details printed under a node: estimated rows, or actual rows/time/memory.</summary>
    public delegate string? NodeAnnotation(PlanNode node);

    /// <summary>The plan as indented text.</summary>
    public static string ToText(PlanNode root, NodeAnnotation? annotate = null)
    {
        var builder = new StringBuilder();
        Print(root, 0, builder, annotate);
        return builder.ToString().TrimEnd();
    }

    /// <summary>The plan as JSON (node name, details, children).</summary>
    public static string ToJson(PlanNode root, NodeAnnotation? annotate = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, MaxDepth = int.MaxValue }))
        {
            WriteJson(root, writer, annotate);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteJson(PlanNode node, Utf8JsonWriter writer, NodeAnnotation? annotate)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var (name, details) = Describe(node);
        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("details", details);
        writer.WriteStartArray("outputs");
        foreach (Symbol symbol in node.Outputs)
        {
            writer.WriteStringValue($"{symbol}:{symbol.Type.Name}");
        }
        writer.WriteEndArray();
        if (annotate?.Invoke(node) is { } annotation)
        {
            writer.WriteString("estimates", annotation);
        }
        writer.WriteStartArray("children");
        foreach (PlanNode source in node.Sources)
        {
            WriteJson(source, writer, annotate);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Print(PlanNode node, int depth, StringBuilder builder, NodeAnnotation? annotate)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        string indent = new(' ', depth * 4);
        var (name, details) = Describe(node);
        builder.Append(indent).Append("- ").Append(name);
        if (details.Length > 0)
        {
            builder.Append('[').Append(details).Append(']');
        }
        builder.Append(" => [").Append(string.Join(", ", node.Outputs.Select(s => $"{s}:{s.Type.Name}"))).AppendLine("]");
        if (annotate?.Invoke(node) is { } annotation)
        {
            builder.Append(indent).Append("        ").AppendLine(annotation);
        }
        foreach (string line in Assignments(node))
        {
            builder.Append(indent).Append("        ").AppendLine(line);
        }
        foreach (PlanNode source in node.Sources)
        {
            Print(source, depth + 1, builder, annotate);
        }
    }

    private static (string Name, string Details) Describe(PlanNode node) => node switch
    {
        OutputNode output => ("Output", $"columnNames = [{string.Join(", ", output.ColumnNames)}]"),
        TableScanNode scan => ("TableScan", $"table = {scan.Table}" + (scan.PushedDown.Length > 0 ? $", {scan.PushedDown}" : "")),
        ValuesNode values => ("Values", $"rows = {values.Rows.Count}"),
        FilterNode filter => ("Filter", $"filterPredicate = {Format(filter.Predicate)}"),
        ProjectNode => ("Project", ""),
        AggregationNode aggregation => (aggregation.GroupingKeys.Count == 0 ? "Aggregate" : "Aggregate(HASH)",
            $"keys = [{string.Join(", ", aggregation.GroupingKeys)}]"),
        GroupIdNode groupId => ("GroupId", "sets = " + string.Join(", ", groupId.GroupingSets.Select(s => "[" + string.Join(", ", s.Select(i => groupId.KeyOutputs[i])) + "]"))),
        JoinNode join => (join.Criteria.Count == 0 && join.Type is JoinType.Inner or JoinType.Left or JoinType.Right or JoinType.Full
                ? $"{join.Type}Join(NESTED LOOP)" : $"{join.Type}Join",
            string.Join(" AND ", join.Criteria.Select(c => c.ToString())) + (join.Filter is null ? "" : $" filter = {Format(join.Filter)}")
            + (join.NullAware ? " (null-aware)" : "")),
        ApplyNode apply => ($"Apply({apply.Kind})", $"correlation = [{string.Join(", ", apply.Correlation)}]"),
        SortNode sort => ("Sort", $"orderBy = [{string.Join(", ", sort.OrderBy)}]"),
        TopNNode topN => ("TopN", $"count = {topN.Count}, orderBy = [{string.Join(", ", topN.OrderBy)}]"),
        LimitNode limit => ("Limit", $"count = {(limit.Count?.ToString(CultureInfo.InvariantCulture) ?? "ALL")}" + (limit.Offset > 0 ? $", offset = {limit.Offset}" : "")
            + (limit.TiesOrderBy is null ? "" : ", withTies")),
        WindowNode window => ("Window", $"partitionBy = [{string.Join(", ", window.PartitionBy)}], orderBy = [{string.Join(", ", window.OrderBy)}]"),
        UnionNode => ("Union", ""),
        EnforceSingleRowNode => ("EnforceSingleRow", ""),
        AssignUniqueIdNode => ("AssignUniqueId", ""),
        UnnestNode unnest => ("Unnest", $"unnest = [{string.Join(", ", unnest.Mappings.Select(m => m.Input))}]" + (unnest.Outer ? ", outer" : "")),
        TableWriterNode writer => ("TableWriter", $"table = {writer.Table}"),
        TableChangeNode change => (change.IsDelete ? "Delete" : "Update", $"table = {change.Table}"),
        _ => (node.GetType().Name.Replace("Node", "", StringComparison.Ordinal), ""),
    };

    private static IEnumerable<string> Assignments(PlanNode node) => node switch
    {
        ProjectNode project => project.Assignments.Where(a => a.Expression is not SymbolReference r || r.Symbol != a.Symbol)
            .Select(a => $"{a.Symbol} := {Format(a.Expression)}"),
        AggregationNode aggregation => aggregation.Aggregates.Select(a => $"{a.Symbol} := {a.Call}"),
        WindowNode window => window.Functions.Select(f => $"{f.Symbol} := {f.Call}"),
        _ => [],
    };

    /// <summary>An expression in SQL-like text.</summary>
    public static string Format(BoundExpression expression)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return FormatNode(expression);
    }

    private static string FormatNode(BoundExpression expression) => expression switch
    {
        SymbolReference reference => reference.Symbol.ToString(),
        ConstantExpression { Value: null } constant => $"CAST(NULL AS {constant.Type.Name})",
        ConstantExpression constant => FormatConstant(constant),
        CallExpression call when call.Function.Name.StartsWith('$') && call.Arguments.Count == 2
            => $"({Format(call.Arguments[0])} {Analysis.FunctionResolver.OperatorSymbol(call.Function.Name)} {Format(call.Arguments[1])})",
        CallExpression { Function.Name: "$negate" } call => $"(-{Format(call.Arguments[0])})",
        CallExpression call => $"{call.Function.Name}({string.Join(", ", call.Arguments.Select(Format))})",
        CastExpression cast => $"{(cast.Safe ? "TRY_CAST" : "CAST")}({Format(cast.Value)} AS {cast.TargetType.Name})",
        LogicalExpression logical => "(" + string.Join(logical.IsAnd ? " AND " : " OR ", logical.Terms.Select(Format)) + ")",
        NotExpression not => $"(NOT {Format(not.Value)})",
        IsNullExpression isNull => $"({Format(isNull.Value)} IS NULL)",
        InExpression inExpression => $"({Format(inExpression.Value)} IN ({string.Join(", ", inExpression.Items.Select(Format))}))",
        CaseExpression caseExpression => "CASE " + string.Join(" ", caseExpression.Conditions.Select((c, i) => $"WHEN {Format(c)} THEN {Format(caseExpression.Results[i])}"))
            + (caseExpression.Default is null ? "" : $" ELSE {Format(caseExpression.Default)}") + " END",
        CoalesceExpression coalesce => $"COALESCE({string.Join(", ", coalesce.Operands.Select(Format))})",
        TryExpression tryExpression => $"TRY({Format(tryExpression.Inner)})",
        FieldReferenceExpression field => $"{Format(field.Row)}[{field.Index + 1}]",
        SubscriptExpression subscript => $"{Format(subscript.Base)}[{Format(subscript.Index)}]",
        ArrayConstructorExpression array => $"ARRAY[{string.Join(", ", array.Elements.Select(Format))}]",
        RowConstructorExpression row => $"ROW({string.Join(", ", row.Fields.Select(Format))})",
        _ => expression.GetType().Name,
    };

    private static string FormatConstant(ConstantExpression constant)
    {
        string text = SqlValueFormatter.Format(constant.Type, constant.Value);
        return constant.Type.Kind switch
        {
            TypeKind.Varchar or TypeKind.Char => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'",
            TypeKind.BigInt or TypeKind.Integer or TypeKind.Boolean or TypeKind.Double => text,
            _ => $"{constant.Type.Name.ToUpperInvariant()} '{text}'",
        };
    }
}
