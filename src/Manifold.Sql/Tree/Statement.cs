namespace Manifold.Sql.Tree;

/// <summary>A complete SQL statement.</summary>
public abstract record Statement : Node;
