namespace Manifold.Sql.Tree;

/// <summary>CREATE TABLE [IF NOT EXISTS] name [(columns)] [COMMENT …] [WITH (…)] AS query [WITH [NO] DATA].</summary>
/// <param name="Name">Name.</param>
/// <param name="ColumnAliases">ColumnAliases.</param>
/// <param name="Query">Query.</param>
/// <param name="IfNotExists">IfNotExists.</param>
/// <param name="WithData">WithData.</param>
/// <param name="Properties">Properties.</param>
/// <param name="Comment">Comment.</param>
public sealed record CreateTableAsSelectStatement(QualifiedName Name, NodeList<Identifier>? ColumnAliases, Query Query, bool IfNotExists, bool WithData, NodeList<Property> Properties, string? Comment) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        if (ColumnAliases is not null)
        {
            foreach (var item in ColumnAliases)
            {
                yield return item;
            }
        }
        yield return Query;
        foreach (var item in Properties)
        {
            yield return item;
        }
    }
}
