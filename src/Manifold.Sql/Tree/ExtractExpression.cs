namespace Manifold.Sql.Tree;

/// <summary>EXTRACT(field FROM value); field upper-cased (YEAR, MONTH, DAY_OF_WEEK, …).</summary>
/// <param name="Field">Field.</param>
/// <param name="Value">Value.</param>
public sealed record ExtractExpression(string Field, Expression Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
    }
}
