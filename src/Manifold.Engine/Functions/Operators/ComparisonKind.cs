namespace Manifold.Engine.Functions.Operators;

/// <summary>The comparison operators.</summary>
internal enum ComparisonKind
{
    Equal,
    NotEqual,
    LessThan,
    LessThanOrEqual,
    GreaterThan,
    GreaterThanOrEqual,
    IsDistinctFrom,
}
