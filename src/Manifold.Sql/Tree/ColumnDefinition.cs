namespace Manifold.Sql.Tree;

/// <summary>name type [NOT NULL] [PRIMARY KEY|UNIQUE] [COMMENT '…']; keys are accepted for SQL written for other engines and not enforced.</summary>
/// <param name="Name">Name.</param>
/// <param name="Type">Type.</param>
/// <param name="NotNull">NotNull.</param>
/// <param name="Key">Key.</param>
/// <param name="Comment">Comment.</param>
public sealed record ColumnDefinition(Identifier Name, DataType Type, bool NotNull, ColumnKeyKind Key, string? Comment) : TableElement
{
    /// <inheritdoc />
    public override IEnumerable<Node> Children => EnumerateChildren();

    private IEnumerable<Node> EnumerateChildren()
    {
        yield return Name;
        yield return Type;
    }
}
