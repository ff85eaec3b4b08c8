namespace Manifold.Sql.Tree;

/// <summary>left + - * / % right.</summary>
/// <param name="Operator">Operator.</param>
/// <param name="Left">Left.</param>
/// <param name="Right">Right.</param>
public sealed record ArithmeticBinaryExpression(ArithmeticOperator Operator, Expression Left, Expression Right) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Left;
        yield return Right;
    }
}
