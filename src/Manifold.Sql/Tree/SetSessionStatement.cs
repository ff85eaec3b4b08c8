namespace Manifold.Sql.Tree;

/// <summary>SET SESSION [catalog.]name = value.</summary>
/// <param name="Name">Name.</param>
/// <param name="Value">Value.</param>
public sealed record SetSessionStatement(QualifiedName Name, Expression Value) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Value;
    }
}
