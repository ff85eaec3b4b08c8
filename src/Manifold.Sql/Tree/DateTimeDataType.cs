namespace Manifold.Sql.Tree;

/// <summary>TIME[(p)] / TIMESTAMP[(p)] [WITH|WITHOUT TIME ZONE].</summary>
/// <param name="Kind">Kind.</param>
/// <param name="WithTimeZone">WithTimeZone.</param>
/// <param name="Precision">Precision.</param>
public sealed record DateTimeDataType(DateTimeKind Kind, bool WithTimeZone, NumericParameter? Precision) : DataType
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        if (Precision is not null)
        {
            yield return Precision;
        }
    }
}
