namespace Manifold.Sql.Tree;

/// <summary>INTERVAL [+|-] 'value' field [TO field].</summary>
/// <param name="Value">Value.</param>
/// <param name="Sign">Sign.</param>
/// <param name="StartField">StartField.</param>
/// <param name="EndField">EndField.</param>
public sealed record IntervalLiteral(string Value, IntervalSign Sign, IntervalField StartField, IntervalField? EndField) : Expression
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
