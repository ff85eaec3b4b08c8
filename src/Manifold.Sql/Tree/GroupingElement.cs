namespace Manifold.Sql.Tree;

/// <summary>One element of GROUP BY.</summary>
public abstract record GroupingElement : Node;
