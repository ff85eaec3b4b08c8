namespace Manifold.Sql.Tree;

/// <summary>left = &lt;&gt; &lt; &lt;= &gt; &gt;= IS DISTINCT FROM right.</summary>
/// <param name="Operator">Operator.</param>
/// <param name="Left">Left.</param>
/// <param name="Right">Right.</param>
public sealed record ComparisonExpression(ComparisonOperator Operator, Expression Left, Expression Right) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Left;
        yield return Right;
    }
}
