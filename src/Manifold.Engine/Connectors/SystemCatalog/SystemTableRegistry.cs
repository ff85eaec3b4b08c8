using Manifold.Spi.Connectors;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>The tables of a system catalog, by schema-qualified name. Immutable.</summary>
internal sealed class SystemTableRegistry
{
    private readonly Dictionary<SchemaTableName, ISystemTable> _tables = [];

    /// <exception cref="ArgumentException">Two tables have the same name.</exception>
    public SystemTableRegistry(IEnumerable<ISystemTable> tables)
    {
        foreach (ISystemTable table in tables)
        {
            if (!_tables.TryAdd(table.Name, table))
            {
                throw new ArgumentException($"Two system tables are named {table.Name}", nameof(tables));
            }
        }
        SchemaNames = _tables.Keys.Select(n => n.Schema).Distinct().Order(StringComparer.Ordinal).ToArray();
        Names = _tables.Keys.OrderBy(n => n.Schema, StringComparer.Ordinal).ThenBy(n => n.Table, StringComparer.Ordinal).ToArray();
    }

    /// <summary>The schemas that hold at least one table, sorted.</summary>
    public IReadOnlyList<string> SchemaNames { get; }

    /// <summary>Every table name, sorted by schema and table.</summary>
    public IReadOnlyList<SchemaTableName> Names { get; }

    /// <summary>The table, or null.</summary>
    public ISystemTable? Find(SchemaTableName name) => _tables.GetValueOrDefault(name);

    /// <summary>The table of a handle this connector made.</summary>
    public ISystemTable Get(SchemaTableName name)
        => _tables.TryGetValue(name, out ISystemTable? table) ? table : throw new InvalidOperationException($"No system table {name}");
}
