using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Computes new columns; outputs exactly the assigned symbols, in order.</summary>
public sealed record ProjectNode(PlanNode Source, NodeList<Assignment> Assignments) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Assignments.Select(a => a.Symbol).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };

    /// <summary>True when every assignment is <c>s := s</c> (a pure column selection).</summary>
    public bool IsIdentity => Assignments.All(a => a.Expression is Expressions.SymbolReference r && r.Symbol == a.Symbol);
}
