using Manifold.Engine.Connectors.SystemCatalog.RuntimeSchema;
using Manifold.Spi.Security;

namespace Manifold.Engine.Runtime;

/// <summary>How an engine is set up.</summary>
public sealed record EngineOptions
{
    /// <summary>This node's id; query ids end with it.</summary>
    public string NodeId { get; init; } = "manifold";

    /// <summary>A Trino-style <c>etc/</c> folder; its <c>catalog/*.properties</c> define the catalogs. Null for the embedded
    /// defaults (<c>system</c>, <c>memory</c>, <c>tpch</c>).</summary>
    public string? EtcDirectory { get; init; }

    /// <summary>Per-query memory limit on this node (<c>query.max-memory-per-node</c>); null for the default share of RAM.</summary>
    public long? QueryMaxMemoryPerNode { get; init; }

    /// <summary>What <c>system.runtime</c> shows and <c>kill_query</c> acts on (the coordinator passes its query manager);
    /// null for the engine's own: this node only, no queries, no transactions.</summary>
    public ISystemRuntimeSource? RuntimeSource { get; init; }

    /// <summary>Decides what each user may do; allow-all by default (the coordinator passes the rules of
    /// <c>etc/access-control.properties</c>).</summary>
    public IAccessControl AccessControl { get; init; } = AllowAllAccessControl.Instance;

    /// <summary>The clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
