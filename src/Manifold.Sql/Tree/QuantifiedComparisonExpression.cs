namespace Manifold.Sql.Tree;

/// <summary>value op ALL|ANY|SOME (query).</summary>
/// <param name="Operator">Operator.</param>
/// <param name="Quantifier">Quantifier.</param>
/// <param name="Value">Value.</param>
/// <param name="Subquery">Subquery.</param>
public sealed record QuantifiedComparisonExpression(ComparisonOperator Operator, Quantifier Quantifier, Expression Value, SubqueryExpression Subquery) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return Subquery;
    }
}
