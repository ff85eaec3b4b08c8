namespace Manifold.Sql.Tree;

/// <summary>CREATE TABLE [IF NOT EXISTS] name (elements) [COMMENT '…'] [WITH (…)].</summary>
/// <param name="Name">Name.</param>
/// <param name="Elements">Elements.</param>
/// <param name="IfNotExists">IfNotExists.</param>
/// <param name="Properties">Properties.</param>
/// <param name="Comment">Comment.</param>
public sealed record CreateTableStatement(QualifiedName Name, NodeList<TableElement> Elements, bool IfNotExists, NodeList<Property> Properties, string? Comment) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        foreach (var item in Elements)
        {
            yield return item;
        }
        foreach (var item in Properties)
        {
            yield return item;
        }
    }
}
