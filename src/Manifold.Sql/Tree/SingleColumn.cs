namespace Manifold.Sql.Tree;

/// <summary>expression [[AS] alias].</summary>
/// <param name="Expression">Expression.</param>
/// <param name="Alias">Alias.</param>
public sealed record SingleColumn(Expression Expression, Identifier? Alias) : SelectItem
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Expression;
        if (Alias is not null)
        {
            yield return Alias;
        }
    }
}
