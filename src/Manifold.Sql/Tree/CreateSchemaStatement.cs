namespace Manifold.Sql.Tree;

/// <summary>CREATE SCHEMA [IF NOT EXISTS] name [WITH (…)].</summary>
/// <param name="Name">Name.</param>
/// <param name="IfNotExists">IfNotExists.</param>
/// <param name="Properties">Properties.</param>
public sealed record CreateSchemaStatement(QualifiedName Name, bool IfNotExists, NodeList<Property> Properties) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Properties)
        {
            yield return item;
        }
    }
}
