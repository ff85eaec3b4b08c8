namespace Manifold.Engine.Planning.Nodes;

/// <summary>One sort key: a symbol, direction and null placement (Trino's default: NULLS LAST).</summary>
public sealed record SortKey(Symbol Symbol, bool Ascending, bool NullsFirst)
{
    /// <inheritdoc />
    public override string ToString() => $"{Symbol} {(Ascending ? "ASC" : "DESC")} NULLS {(NullsFirst ? "FIRST" : "LAST")}";
}
