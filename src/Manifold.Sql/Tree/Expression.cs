namespace Manifold.Sql.Tree;

/// <summary>A value expression.</summary>
public abstract record Expression : Node;
