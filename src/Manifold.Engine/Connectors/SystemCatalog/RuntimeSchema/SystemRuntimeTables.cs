using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>The tables and procedures of <c>system.runtime</c>, as in Trino (without <c>optimizer_rule_stats</c>), plus
/// <c>resource_groups</c>.</summary>
public static class SystemRuntimeTables
{
    /// <summary>The schema name.</summary>
    public const string Schema = "runtime";

    /// <summary>The tables, reading <paramref name="source"/>.</summary>
    public static IReadOnlyList<ISystemTable> Create(ISystemRuntimeSource source) =>
    [
        new NodesTable(source),
        new QueriesTable(source),
        new TasksTable(source),
        new TransactionsTable(source),
        new ResourceGroupsTable(source),
    ];

    /// <summary>The procedures: <c>kill_query(query_id varchar, message varchar)</c>.</summary>
    public static IReadOnlyList<ProcedureDefinition> CreateProcedures(ISystemRuntimeSource source) =>
    [
        new ProcedureDefinition(Schema, "kill_query",
            [new ProcedureArgument("query_id", SqlType.Varchar), new ProcedureArgument("message", SqlType.Varchar, Required: false)],
            (_, arguments) => KillQuery(source, arguments[0] as string, arguments.Count > 1 ? arguments[1] as string : null)),
    ];

    /// <summary>As Trino's KillQueryProcedure: a missing or blank id is an invalid argument, an unknown one NOT_FOUND; a
    /// query that already ended is left as it is.</summary>
    private static void KillQuery(ISystemRuntimeSource source, string? queryId, string? message)
    {
        if (string.IsNullOrWhiteSpace(queryId))
        {
            throw new ManifoldException(StandardErrorCode.InvalidProcedureArgument, "query_id cannot be null or empty");
        }
        if (source.KillQuery(queryId, message) is null)
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Target query not found: {queryId}");
        }
    }
}
