namespace Manifold.Sql.Tree;

/// <summary>EXPLAIN (FORMAT …).</summary>
public enum ExplainFormat
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>Json.</summary>
    Json,
    /// <summary>Graphviz.</summary>
    Graphviz,
}
