using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>An aggregate function bound at one call site.</summary>
/// <param name="Binding">Name, argument and return types.</param>
/// <param name="Implementation">The function object.</param>
public sealed record ResolvedAggregate(BoundFunction Binding, IAggregateFunction Implementation)
{
    /// <summary>The function name.</summary>
    public string Name => Binding.Name;

    /// <inheritdoc />
    public bool Equals(ResolvedAggregate? other)
        => other is not null && Name == other.Name && Binding.ArgumentTypes.SequenceEqual(other.Binding.ArgumentTypes);

    /// <inheritdoc />
    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}

/// <summary>One aggregate computed by an <see cref="AggregationNode"/>.</summary>
/// <param name="Function">The aggregate.</param>
/// <param name="Arguments">Input symbols (constants are projected to symbols first).</param>
/// <param name="Distinct">Aggregate over distinct argument values only.</param>
/// <param name="Filter">A boolean symbol: only rows where it is TRUE count (FILTER (WHERE …)).</param>
/// <param name="OrderBy">Order in which rows reach the aggregate (array_agg(x ORDER BY y), listagg WITHIN GROUP).</param>
public sealed record AggregateCall(ResolvedAggregate Function, NodeList<Symbol> Arguments, bool Distinct, Symbol? Filter, NodeList<SortKey> OrderBy)
{
    /// <inheritdoc />
    public override string ToString()
        => $"{Function.Name}({(Distinct ? "DISTINCT " : "")}{string.Join(", ", Arguments)}{(OrderBy.Count > 0 ? " ORDER BY " + string.Join(", ", OrderBy) : "")})"
           + (Filter is null ? "" : $" FILTER (WHERE {Filter})");
}

/// <summary>output := aggregate call.</summary>
public sealed record AggregateAssignment(Symbol Symbol, AggregateCall Call);

/// <summary>Groups rows by <see cref="GroupingKeys"/> and computes aggregates per group. With no keys, produces exactly one
/// row (even for empty input). Outputs the keys, then the aggregates.</summary>
/// <param name="Source">The input.</param>
/// <param name="GroupingKeys">The group-by symbols.</param>
/// <param name="Aggregates">The aggregates.</param>
/// <param name="GlobalGroupId">For grouping sets that include the empty set (): the group id symbol and the id of the empty
/// set, so that an empty input still yields that set's row.</param>
public sealed record AggregationNode(PlanNode Source, NodeList<Symbol> GroupingKeys, NodeList<AggregateAssignment> Aggregates, (Symbol GroupId, long Id)? GlobalGroupId = null)
    : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => GroupingKeys.Concat(Aggregates.Select(a => a.Symbol)).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
