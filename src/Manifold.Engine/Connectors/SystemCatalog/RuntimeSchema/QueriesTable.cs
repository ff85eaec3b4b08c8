using Manifold.Spi.Connectors;
using Manifold.Spi.Security;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary><c>system.runtime.queries</c>: the queries this node knows, with Trino's columns. Filters on <c>query_id</c>,
/// <c>state</c> and <c>user</c> are pushed down (by the connector) and applied before rows are built.</summary>
internal sealed class QueriesTable(ISystemRuntimeSource source, IAccessControl accessControl)
    : SystemTable(SystemRuntimeTables.Schema, "queries",
    [
        Varchar("query_id"), Varchar("state"), Varchar("user"), Varchar("source"), Varchar("query"),
        RuntimeColumns.VarcharArray("resource_group_id"), RuntimeColumns.BigInt("queued_time_ms"),
        RuntimeColumns.BigInt("analysis_time_ms"), RuntimeColumns.BigInt("planning_time_ms"), RuntimeColumns.Time("created"),
        RuntimeColumns.Time("started"), RuntimeColumns.Time("last_heartbeat"), RuntimeColumns.Time("end"),
        Varchar("error_type"), Varchar("error_code"),
    ])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (RuntimeQueryInfo query in SystemRuntimeTables.VisibleQueries(session, source, accessControl))
        {
            if (!constraint.Allows("query_id", query.QueryId) || !constraint.Allows("state", query.State)
                || !constraint.Allows("user", query.User))
            {
                continue;
            }
            yield return
            [
                query.QueryId, query.State, query.User, query.Source, query.Query, query.ResourceGroupId,
                RuntimeColumns.Millis(query.QueuedTime), RuntimeColumns.Millis(query.AnalysisTime),
                RuntimeColumns.Millis(query.PlanningTime), RuntimeColumns.Value(query.Created), RuntimeColumns.Value(query.Started),
                RuntimeColumns.Value(query.LastHeartbeat), RuntimeColumns.Value(query.End), query.ErrorType, query.ErrorCode,
            ];
        }
    }
}
