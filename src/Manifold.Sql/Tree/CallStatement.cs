namespace Manifold.Sql.Tree;

/// <summary>CALL name(arguments).</summary>
/// <param name="Name">Name.</param>
/// <param name="Arguments">Arguments.</param>
public sealed record CallStatement(QualifiedName Name, NodeList<CallArgument> Arguments) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Arguments)
        {
            yield return item;
        }
    }
}
