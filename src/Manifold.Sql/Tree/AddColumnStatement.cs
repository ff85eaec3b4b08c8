namespace Manifold.Sql.Tree;

/// <summary>ALTER TABLE [IF EXISTS] table ADD COLUMN [IF NOT EXISTS] column.</summary>
/// <param name="Table">Table.</param>
/// <param name="Column">Column.</param>
/// <param name="TableIfExists">TableIfExists.</param>
/// <param name="ColumnIfNotExists">ColumnIfNotExists.</param>
public sealed record AddColumnStatement(QualifiedName Table, ColumnDefinition Column, bool TableIfExists, bool ColumnIfNotExists) : Statement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Table;
        yield return Column;
    }
}
