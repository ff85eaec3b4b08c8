namespace Manifold.Sql.Tree;

/// <summary>A typed literal: DATE '…', TIME '…', TIMESTAMP '…', DECIMAL '…', JSON '…', CHAR '…', REAL '…', ….</summary>
/// <param name="Type">Type.</param>
/// <param name="Value">Value.</param>
public sealed record GenericLiteral(string Type, string Value) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
