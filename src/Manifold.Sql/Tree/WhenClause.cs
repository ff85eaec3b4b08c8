namespace Manifold.Sql.Tree;

/// <summary>WHEN operand THEN result.</summary>
/// <param name="Operand">Operand.</param>
/// <param name="Result">Result.</param>
public sealed record WhenClause(Expression Operand, Expression Result) : Node
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Operand;
        yield return Result;
    }
}
