namespace Manifold.Sql.Tree;

/// <summary>A type as written in SQL (CAST targets, column definitions).</summary>
public abstract record DataType : Node;
