namespace Manifold.Sql.Tree;

/// <summary>A name as written; Delimited when it was "quoted". Name resolution is case-insensitive (see CanonicalValue). As an expression, a column reference.</summary>
/// <param name="Value">Value.</param>
/// <param name="Delimited">Delimited.</param>
public sealed record Identifier(string Value, bool Delimited) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];

    /// <summary>The name as Trino resolves it: lower-cased (Trino folds quoted names too).</summary>
    public string CanonicalValue => Value.ToLowerInvariant();
}
