using Manifold.Spi.Types;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>A typed, resolved expression over plan symbols: what the planner produces from SQL expressions and what the
/// executor compiles into vectorized evaluators.</summary>
/// <remarks>Immutable records with value equality (so equal expressions can be recognized, e.g. GROUP BY keys).</remarks>
public abstract record BoundExpression(SqlType Type)
{
    /// <summary>The direct sub-expressions.</summary>
    public abstract IEnumerable<BoundExpression> Children { get; }

    /// <summary>A copy with the children replaced (same count and order as <see cref="Children"/>).</summary>
    public abstract BoundExpression WithChildren(IReadOnlyList<BoundExpression> children);
}
