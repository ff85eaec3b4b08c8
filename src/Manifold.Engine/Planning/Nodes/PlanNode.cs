namespace Manifold.Engine.Planning.Nodes;

/// <summary>A node of the logical plan: an immutable record with its inputs (<see cref="Sources"/>) and output columns.</summary>
public abstract record PlanNode
{
    /// <summary>The columns this node produces, in order.</summary>
    public abstract IReadOnlyList<Symbol> Outputs { get; }

    /// <summary>The input nodes.</summary>
    public abstract IReadOnlyList<PlanNode> Sources { get; }

    /// <summary>A copy with the inputs replaced (same count and order as <see cref="Sources"/>).</summary>
    public abstract PlanNode WithSources(IReadOnlyList<PlanNode> sources);
}
