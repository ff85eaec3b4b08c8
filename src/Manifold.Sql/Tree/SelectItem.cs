namespace Manifold.Sql.Tree;

/// <summary>One item of a SELECT list.</summary>
public abstract record SelectItem : Node;
