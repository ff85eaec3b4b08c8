namespace Manifold.Sql.Tree;

/// <summary>Something in FROM that produces rows.</summary>
public abstract record Relation : Node;
