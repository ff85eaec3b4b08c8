namespace Manifold.Sql.Tree;

/// <summary>value AT TIME ZONE zone.</summary>
/// <param name="Value">Value.</param>
/// <param name="TimeZone">TimeZone.</param>
public sealed record AtTimeZone(Expression Value, Expression TimeZone) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Value;
        yield return TimeZone;
    }
}
