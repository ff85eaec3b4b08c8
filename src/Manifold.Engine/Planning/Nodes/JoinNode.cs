using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>left.Left = right.Right, one pair per equi-join clause.</summary>
public sealed record EquiJoinClause(Symbol Left, Symbol Right)
{
    /// <inheritdoc />
    public override string ToString() => $"{Left} = {Right}";
}

/// <summary>A join of two inputs on equality clauses plus an optional extra condition. With no clauses it is a nested-loop
/// (cross) join filtered by the condition.</summary>
/// <param name="Type">The join kind.</param>
/// <param name="Left">The probe side (its rows stream).</param>
/// <param name="Right">The build side (kept in memory).</param>
/// <param name="Criteria">Equality clauses.</param>
/// <param name="Filter">An extra condition over both sides, or null.</param>
/// <param name="OutputSymbols">What the join produces: symbols of either side (left side only for Semi/Anti; plus
/// <see cref="MarkSymbol"/> for Mark).</param>
/// <param name="MarkSymbol">The mark output of a Mark join.</param>
/// <param name="NullAware">For Mark joins implementing IN: NULL keys make the mark NULL instead of FALSE.</param>
/// <param name="NullAwareFilter">With <see cref="NullAware"/>, for a correlated IN: the IN comparison is in
/// <see cref="Filter"/> and only a NULL filter result makes the mark NULL; the criteria are the correlation's equalities,
/// whose NULL keys simply match nothing (an empty subquery).</param>
public sealed record JoinNode(
    JoinType Type, PlanNode Left, PlanNode Right, NodeList<EquiJoinClause> Criteria, BoundExpression? Filter,
    NodeList<Symbol> OutputSymbols, Symbol? MarkSymbol = null, bool NullAware = false, bool NullAwareFilter = false) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => OutputSymbols;

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Left, Right];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Left = sources[0], Right = sources[1] };
}
