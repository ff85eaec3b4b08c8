namespace Manifold.Sql.Tree;

/// <summary>* or target.* [AS (aliases)].</summary>
/// <param name="Target">Target.</param>
/// <param name="Aliases">Aliases.</param>
public sealed record AllColumns(Expression? Target, NodeList<Identifier>? Aliases) : SelectItem
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Target is not null)
        {
            yield return Target;
        }
        if (Aliases is not null)
        {
            foreach (var item in Aliases)
            {
                yield return item;
            }
        }
    }
}
