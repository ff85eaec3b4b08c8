namespace Manifold.Sql.Tree;

/// <summary>START TRANSACTION [modes].</summary>
/// <param name="Modes">Modes.</param>
public sealed record StartTransactionStatement(NodeList<TransactionMode> Modes) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        foreach (var item in Modes)
        {
            yield return item;
        }
    }
}
