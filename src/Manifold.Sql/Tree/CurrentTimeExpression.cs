namespace Manifold.Sql.Tree;

/// <summary>CURRENT_DATE, CURRENT_TIME[(p)], CURRENT_TIMESTAMP[(p)], LOCALTIME[(p)], LOCALTIMESTAMP[(p)].</summary>
/// <param name="Kind">Kind.</param>
/// <param name="Precision">Precision.</param>
public sealed record CurrentTimeExpression(CurrentTimeKind Kind, int? Precision) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
