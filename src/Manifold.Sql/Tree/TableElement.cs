namespace Manifold.Sql.Tree;

/// <summary>An element of CREATE TABLE's column list.</summary>
public abstract record TableElement : Node;
