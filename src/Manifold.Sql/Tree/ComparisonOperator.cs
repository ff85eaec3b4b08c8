namespace Manifold.Sql.Tree;

/// <summary>Comparison operators.</summary>
public enum ComparisonOperator
{
    /// <summary>Equal.</summary>
    Equal,
    /// <summary>NotEqual.</summary>
    NotEqual,
    /// <summary>LessThan.</summary>
    LessThan,
    /// <summary>LessThanOrEqual.</summary>
    LessThanOrEqual,
    /// <summary>GreaterThan.</summary>
    GreaterThan,
    /// <summary>GreaterThanOrEqual.</summary>
    GreaterThanOrEqual,
    /// <summary>IsDistinctFrom.</summary>
    IsDistinctFrom,
}
