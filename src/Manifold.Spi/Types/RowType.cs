namespace Manifold.Spi.Types;

/// <summary><c>row(name T, …)</c>: a fixed list of fields.</summary>
public sealed class RowType(IReadOnlyList<RowField> fields)
    : SqlType(TypeKind.Row, PhysicalType.Row, "row(" + string.Join(",", fields.Select(f => f.Name is null ? f.Type.Name : $"{Quote(f.Name)} {f.Type.Name}")) + ")")
{
    /// <summary>The fields in order.</summary>
    public IReadOnlyList<RowField> Fields { get; } = fields;

    /// <inheritdoc />
    public override bool IsComparable => Fields.All(f => f.Type.IsComparable);

    /// <inheritdoc />
    public override bool IsOrderable => Fields.All(f => f.Type.IsOrderable);

    /// <summary>The index of the field named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string name)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return -1;
    }

    private static string Quote(string name)
    {
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            }
        }
        return name;
    }
}
