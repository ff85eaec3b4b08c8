namespace Manifold.Server.Hosting;

/// <summary>What <c>/v1/info/state</c> answers.</summary>
public enum NodeState
{
    /// <summary>Starting up: not yet accepting queries.</summary>
    Inactive,
    /// <summary>Ready.</summary>
    Active,
    /// <summary>Draining: no new queries; running ones get the grace period.</summary>
    ShuttingDown,
}
