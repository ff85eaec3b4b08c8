using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

/// <summary><c>system.runtime.nodes</c>: one row per known node.</summary>
internal sealed class NodesTable(ISystemRuntimeSource source)
    : SystemTable(SystemRuntimeTables.Schema, "nodes",
        [Varchar("node_id"), Varchar("http_uri"), Varchar("node_version"), RuntimeColumns.Boolean("coordinator"), Varchar("state")])
{
    protected override IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint)
    {
        foreach (RuntimeNodeInfo node in source.ListNodes())
        {
            yield return [node.NodeId, node.HttpUri, node.NodeVersion, node.Coordinator, node.State];
        }
    }
}
