using Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;

namespace Manifold.Engine.Runtime;

/// <summary>The <c>system.runtime</c> source of an engine without a coordinator (embedded, CLI <c>--local</c>): this node
/// alone, and no queries, transactions or resource groups, since the engine keeps no registry of the statements it runs; so
/// <c>kill_query</c> finds no query.</summary>
internal sealed class EmbeddedRuntimeSource(string nodeId) : ISystemRuntimeSource
{
    private static readonly string Version = typeof(EmbeddedRuntimeSource).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";

    public IReadOnlyList<RuntimeNodeInfo> ListNodes() => [new RuntimeNodeInfo(nodeId, null, Version, Coordinator: true, "active")];

    public IReadOnlyList<RuntimeQueryInfo> ListQueries() => [];

    public IReadOnlyList<RuntimeTransactionInfo> ListTransactions() => [];

    public IReadOnlyList<RuntimeResourceGroupInfo> ListResourceGroups() => [];

    public bool? KillQuery(string queryId, string? message) => null;
}
