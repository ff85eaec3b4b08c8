using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>A system table whose rows are computed in-process, synchronously.</summary>
/// <param name="schema">The schema the table lives in.</param>
/// <param name="table">The table name.</param>
/// <param name="columns">The columns, in table order.</param>
public abstract class SystemTable(string schema, string table, IReadOnlyList<ColumnMetadata> columns) : ISystemTable
{
    /// <inheritdoc />
    public SchemaTableName Name { get; } = new(schema, table);

    /// <inheritdoc />
    public IReadOnlyList<ColumnMetadata> Columns { get; } = columns;

    /// <inheritdoc />
    public IAsyncEnumerable<object?[]> GetRowsAsync(ConnectorSession session, SystemTableConstraint constraint, CancellationToken cancellationToken)
        => GetRows(session, constraint).ToAsyncEnumerable();

    /// <summary>The rows (see <see cref="ISystemTable"/> for their form), produced lazily.</summary>
    protected abstract IEnumerable<object?[]> GetRows(ConnectorSession session, SystemTableConstraint constraint);

    /// <summary>A nullable varchar column.</summary>
    protected static ColumnMetadata Varchar(string name, string? comment = null) => new(name, SqlType.Varchar, Comment: comment);
}
