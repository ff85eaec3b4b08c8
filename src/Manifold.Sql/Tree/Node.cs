namespace Manifold.Sql.Tree;

/// <summary>The base of every syntax tree node. Nodes are immutable records that compare by value (not by location).</summary>
public abstract record Node
{
    /// <summary>Where the node starts in the SQL text.</summary>
    public NodeLocation Location { get; init; }

    /// <summary>The direct child nodes, in source order (for generic traversals).</summary>
    public abstract IEnumerable<Node> Children { get; }
}
