namespace Manifold.Sql.Tree;

/// <summary>([name] [PARTITION BY …] [ORDER BY …] [frame]).</summary>
/// <param name="ExistingWindowName">ExistingWindowName.</param>
/// <param name="PartitionBy">PartitionBy.</param>
/// <param name="OrderBy">OrderBy.</param>
/// <param name="Frame">Frame.</param>
public sealed record WindowSpecification(Identifier? ExistingWindowName, NodeList<Expression> PartitionBy, OrderBy? OrderBy, WindowFrame? Frame) : WindowSpecificationOrReference
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (ExistingWindowName is not null)
        {
            yield return ExistingWindowName;
        }
        foreach (var item in PartitionBy)
        {
            yield return item;
        }
        if (OrderBy is not null)
        {
            yield return OrderBy;
        }
        if (Frame is not null)
        {
            yield return Frame;
        }
    }
}
