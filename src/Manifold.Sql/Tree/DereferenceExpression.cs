namespace Manifold.Sql.Tree;

/// <summary>base.field (a qualified column or a row field).</summary>
/// <param name="Base">Base.</param>
/// <param name="Field">Field.</param>
public sealed record DereferenceExpression(Expression Base, Identifier Field) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Base;
        yield return Field;
    }
}
