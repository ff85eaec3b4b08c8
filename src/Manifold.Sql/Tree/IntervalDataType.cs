namespace Manifold.Sql.Tree;

/// <summary>INTERVAL from TO to.</summary>
/// <param name="From">From.</param>
/// <param name="To">To.</param>
public sealed record IntervalDataType(IntervalField From, IntervalField To) : DataType
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
