namespace Manifold.Sql.Tree;

/// <summary>AND or OR.</summary>
public enum LogicalOperator
{
    /// <summary>And.</summary>
    And,
    /// <summary>Or.</summary>
    Or,
}
