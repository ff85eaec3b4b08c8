using Manifold.Spi.Connectors;
using Manifold.Spi.Security;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary><c>system.runtime.tasks</c>, with Trino's columns: one task per query, run on the coordinator (the first
/// coordinator node of the source). Split counts and input figures are not tracked and show 0; output rows and bytes and
/// the CPU time are the query's.</summary>
internal sealed class TasksTable(ISystemRuntimeSource source, IAccessControl accessControl)
    : SystemTable(SystemRuntimeTables.Schema, "tasks",
    [
        Varchar("node_id"), Varchar("task_id"), Varchar("stage_id"), Varchar("query_id"), Varchar("state"),
        RuntimeColumns.BigInt("splits"), RuntimeColumns.BigInt("queued_splits"), RuntimeColumns.BigInt("running_splits"),
        RuntimeColumns.BigInt("completed_splits"), RuntimeColumns.BigInt("split_scheduled_time_ms"),
        RuntimeColumns.BigInt("split_cpu_time_ms"), RuntimeColumns.BigInt("split_blocked_time_ms"),
        RuntimeColumns.BigInt("raw_input_bytes"), RuntimeColumns.BigInt("raw_input_rows"),
        RuntimeColumns.BigInt("processed_input_bytes"), RuntimeColumns.BigInt("processed_input_rows"),
        RuntimeColumns.BigInt("output_bytes"), RuntimeColumns.BigInt("output_rows"),
        RuntimeColumns.BigInt("physical_input_bytes"), RuntimeColumns.BigInt("physical_written_bytes"),
        RuntimeColumns.Time("created"), RuntimeColumns.Time("start"), RuntimeColumns.Time("last_heartbeat"), RuntimeColumns.Time("end"),
    ])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        string? nodeId = null;
        foreach (RuntimeNodeInfo node in source.ListNodes())
        {
            if (node.Coordinator)
            {
                nodeId = node.NodeId;
                break;
            }
        }
        foreach (RuntimeQueryInfo query in SystemRuntimeTables.VisibleQueries(session, source, accessControl))
        {
            if (!constraint.Allows("query_id", query.QueryId))
            {
                continue;
            }
            // Trino's task states: a query that has not started is PLANNED, a running one RUNNING.
            string state = query.State switch
            {
                "FINISHED" => "FINISHED",
                "FAILED" => "FAILED",
                "RUNNING" or "FINISHING" => "RUNNING",
                _ => "PLANNED",
            };
            bool done = query.End is not null;
            yield return
            [
                nodeId, query.QueryId + ".0.0.0", query.QueryId + ".0", query.QueryId, state,
                1L, 0L, done ? 0L : 1L, done ? 1L : 0L, RuntimeColumns.Millis(query.CpuTime), RuntimeColumns.Millis(query.CpuTime), 0L,
                0L, 0L, 0L, 0L, query.OutputBytes, query.OutputRows, 0L, 0L,
                RuntimeColumns.Value(query.Created), RuntimeColumns.Value(query.Started), RuntimeColumns.Value(query.LastHeartbeat),
                RuntimeColumns.Value(query.End),
            ];
        }
    }
}
