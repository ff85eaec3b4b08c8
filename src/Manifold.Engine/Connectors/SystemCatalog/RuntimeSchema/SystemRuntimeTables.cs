using Manifold.Spi.Connectors;
using Manifold.Spi.Errors;
using Manifold.Spi.Security;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary>The tables and procedures of <c>system.runtime</c>, as in Trino (without <c>optimizer_rule_stats</c>), plus
/// <c>resource_groups</c>.</summary>
public static class SystemRuntimeTables
{
    /// <summary>The schema name.</summary>
    public const string Schema = "runtime";

    /// <summary>The tables, reading <paramref name="source"/>.</summary>
    /// <remarks>Queries and tasks list only the queries whose owner the session's user may view (<paramref name="accessControl"/>).</remarks>
    public static IReadOnlyList<ISystemTable> Create(ISystemRuntimeSource source, IAccessControl accessControl) =>
    [
        new NodesTable(source),
        new QueriesTable(source, accessControl),
        new TasksTable(source, accessControl),
        new TransactionsTable(source),
        new ResourceGroupsTable(source),
    ];

    /// <summary>The procedures: <c>kill_query(query_id varchar, message varchar)</c>.</summary>
    /// <remarks>Killing another user's query needs <paramref name="accessControl"/>'s permission.</remarks>
    public static IReadOnlyList<ProcedureDefinition> CreateProcedures(ISystemRuntimeSource source, IAccessControl accessControl) =>
    [
        new ProcedureDefinition(Schema, "kill_query",
            [new ProcedureArgument("query_id", SqlType.Varchar), new ProcedureArgument("message", SqlType.Varchar, Required: false)],
            (session, arguments) => KillQuery(session, source, accessControl, arguments[0] as string, arguments.Count > 1 ? arguments[1] as string : null)),
    ];

    /// <summary>The queries of <paramref name="source"/> whose owner the session's user may view.</summary>
    internal static IEnumerable<RuntimeQueryInfo> VisibleQueries(ConnectorSession session, ISystemRuntimeSource source, IAccessControl accessControl)
    {
        IReadOnlyList<RuntimeQueryInfo> queries = source.ListQueries();
        var owners = accessControl.FilterViewQueryOwnedBy(session.Identity, queries.Select(q => q.User).Distinct().ToArray())
            .ToHashSet(StringComparer.Ordinal);
        return queries.Where(q => owners.Contains(q.User));
    }

    /// <summary>As Trino's KillQueryProcedure: a missing or blank id is an invalid argument, an unknown one NOT_FOUND; a
    /// query that already ended is left as it is.</summary>
    private static void KillQuery(ConnectorSession session, ISystemRuntimeSource source, IAccessControl accessControl, string? queryId, string? message)
    {
        if (string.IsNullOrWhiteSpace(queryId))
        {
            throw new ManifoldException(StandardErrorCode.InvalidProcedureArgument, "query_id cannot be null or empty");
        }
        if (source.ListQueries().FirstOrDefault(q => q.QueryId == queryId) is { } target)
        {
            accessControl.CheckCanKillQueryOwnedBy(session.Identity, target.User);
        }
        if (source.KillQuery(queryId, message) is null)
        {
            throw new ManifoldException(StandardErrorCode.NotFound, $"Target query not found: {queryId}");
        }
    }
}
