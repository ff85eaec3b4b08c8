namespace Manifold.Sql.Tree;

/// <summary>EXPLAIN [ANALYZE] [VERBOSE] [(TYPE …, FORMAT …)] statement.</summary>
/// <param name="Statement">Statement.</param>
/// <param name="Analyze">Analyze.</param>
/// <param name="Verbose">Verbose.</param>
/// <param name="Type">Type.</param>
/// <param name="Format">Format.</param>
public sealed record ExplainStatement(Statement Statement, bool Analyze, bool Verbose, ExplainType? Type, ExplainFormat? Format) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Statement;
    }
}
