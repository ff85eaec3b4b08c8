namespace Manifold.Engine.Optimizer;

/// <summary>The optimizer's rule phases, in order.</summary>
internal static class Optimizers
{
    /// <summary>The default optimizer.</summary>
    public static PlanOptimizer Default { get; } = new([]);
}
