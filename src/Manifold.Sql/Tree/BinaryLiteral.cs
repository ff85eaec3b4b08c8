namespace Manifold.Sql.Tree;

/// <summary>X'0A1B'; upper-case hex digits without blanks.</summary>
/// <param name="Hex">Hex.</param>
public sealed record BinaryLiteral(string Hex) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
