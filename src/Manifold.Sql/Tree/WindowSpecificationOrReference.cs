namespace Manifold.Sql.Tree;

/// <summary>What follows OVER: a specification or the name of a WINDOW definition.</summary>
public abstract record WindowSpecificationOrReference : Node;
