namespace Manifold.Sql.Tree;

/// <summary>relation [AS] alias [(columns)].</summary>
/// <param name="Relation">Relation.</param>
/// <param name="Alias">Alias.</param>
/// <param name="ColumnNames">ColumnNames.</param>
public sealed record AliasedRelation(Relation Relation, Identifier Alias, NodeList<Identifier>? ColumnNames) : Relation
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Relation;
        yield return Alias;
        if (ColumnNames is not null)
        {
            foreach (var item in ColumnNames)
            {
                yield return item;
            }
        }
    }
}
