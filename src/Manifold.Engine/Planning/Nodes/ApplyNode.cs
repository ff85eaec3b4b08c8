using Manifold.Engine.Planning.Expressions;
using Manifold.Sql.Tree;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>What an <see cref="ApplyNode"/> computes per input row.</summary>
public enum ApplyKind
{
    /// <summary>The single value of a scalar subquery (NULL when it returns no row; error when more than one).</summary>
    Scalar,
    /// <summary>EXISTS: whether the subquery returns a row.</summary>
    Exists,
    /// <summary>value IN (subquery), or a quantified comparison value op ANY|ALL (subquery), with SQL's NULL rules.</summary>
    Quantified,
    /// <summary>LATERAL: the input row joined with each subquery row (or with NULLs, for a left lateral join).</summary>
    Lateral,
}

/// <summary>Evaluates a (possibly correlated) subquery for each input row. The subquery refers to input columns through
/// <see cref="Correlation"/>. The optimizer turns most applies into joins; the rest run row by row.</summary>
/// <param name="Input">The outer rows.</param>
/// <param name="Subquery">The subquery plan; it may reference the correlation symbols.</param>
/// <param name="Correlation">Input symbols the subquery references.</param>
/// <param name="Kind">What to compute.</param>
/// <param name="Output">The computed column (Scalar, Exists, Quantified).</param>
/// <param name="Value">For Quantified: the input-side value.</param>
/// <param name="Comparison">For Quantified: the comparison operator (<c>$equal</c> for IN).</param>
/// <param name="All">For Quantified: ALL instead of ANY/SOME/IN.</param>
/// <param name="LeftLateral">For Lateral: keep input rows whose subquery is empty (with NULLs).</param>
public sealed record ApplyNode(
    PlanNode Input, PlanNode Subquery, NodeList<Symbol> Correlation, ApplyKind Kind, Symbol? Output,
    BoundExpression? Value = null, ResolvedFunction? Comparison = null, bool All = false, bool LeftLateral = false) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Kind == ApplyKind.Lateral
        ? Input.Outputs.Concat(Subquery.Outputs).ToArray()
        : Input.Outputs.Append(Output!).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Input, Subquery];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Input = sources[0], Subquery = sources[1] };
}
