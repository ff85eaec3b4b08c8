using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>A column of a memory table, by its position in the table (columns are only ever appended).</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The column type.</param>
/// <param name="Ordinal">The column's index in the table, or <see cref="RowIdOrdinal"/> for the hidden row-id column.</param>
internal sealed record MemoryColumnHandle(string Name, SqlType Type, int Ordinal) : ConnectorColumnHandle(Name)
{
    /// <summary>The name of the hidden row-id column.</summary>
    public const string RowIdName = "$row_id";

    /// <summary>The ordinal of the hidden row-id column.</summary>
    public const int RowIdOrdinal = -1;

    /// <summary>The hidden row-id column.</summary>
    public static MemoryColumnHandle RowId { get; } = new(RowIdName, SqlType.BigInt, RowIdOrdinal);

    /// <summary>True for the hidden row-id column.</summary>
    public bool IsRowId => Ordinal == RowIdOrdinal;
}
