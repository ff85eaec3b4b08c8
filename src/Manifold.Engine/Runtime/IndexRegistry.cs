using System.Collections.Concurrent;
using Manifold.Engine.Metadata;

namespace Manifold.Engine.Runtime;

/// <summary>Names of indexes created with CREATE INDEX (accepted for SQL written for other engines): the engine keeps no index
/// structures, only the names, so that DROP INDEX behaves as those scripts expect.</summary>
internal sealed class IndexRegistry
{
    private readonly ConcurrentDictionary<string, QualifiedObjectName> _indexes = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers an index; false when the name is taken.</summary>
    public bool TryAdd(string catalog, string schema, string name, QualifiedObjectName table) => _indexes.TryAdd(Key(catalog, schema, name), table);

    /// <summary>The table an index is on, or null when there is no index of that name.</summary>
    public QualifiedObjectName? TryGetTable(string catalog, string schema, string name)
        => _indexes.TryGetValue(Key(catalog, schema, name), out QualifiedObjectName? table) ? table : null;

    /// <summary>Removes an index; false when there is none of that name.</summary>
    public bool TryRemove(string catalog, string schema, string name) => _indexes.TryRemove(Key(catalog, schema, name), out _);

    /// <summary>Forgets the indexes of a dropped table.</summary>
    public void RemoveTable(QualifiedObjectName table)
    {
        foreach (var entry in _indexes.Where(e => e.Value == table).ToArray())
        {
            _indexes.TryRemove(entry.Key, out _);
        }
    }

    private static string Key(string catalog, string schema, string name) => $"{catalog}.{schema}.{name}";
}
