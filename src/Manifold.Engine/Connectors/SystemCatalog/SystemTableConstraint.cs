using Manifold.Spi.Connectors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Connectors.SystemCatalog;

/// <summary>What filter pushdown narrowed a system table scan to: for some columns, the set of values a row may have there
/// (and whether NULL is allowed). Columns not mentioned are unconstrained.</summary>
/// <remarks>Immutable; compares by value, so that table handles carrying equal constraints are equal. Values are boxed
/// physical forms; only types whose boxed values are equal exactly when the SQL values are equal are accepted
/// (<see cref="Supports"/>), which makes the connector's own row check exact.</remarks>
public sealed class SystemTableConstraint : IEquatable<SystemTableConstraint>
{
    private readonly SortedDictionary<string, ColumnValues> _columns;

    private SystemTableConstraint(SortedDictionary<string, ColumnValues> columns) => _columns = columns;

    /// <summary>No constraint: every row.</summary>
    public static SystemTableConstraint None { get; } = new(new SortedDictionary<string, ColumnValues>(StringComparer.Ordinal));

    /// <summary>True when no column is constrained.</summary>
    public bool IsNone => _columns.Count == 0;

    /// <summary>The constrained columns, sorted by name.</summary>
    public IEnumerable<string> Columns => _columns.Keys;

    /// <summary>Whether values of <paramref name="type"/> can be constrained (their boxed forms compare like SQL values).</summary>
    public static bool Supports(SqlType type) => type.Kind is TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt
        or TypeKind.Integer or TypeKind.BigInt or TypeKind.Varchar or TypeKind.Date;

    /// <summary>A constraint that also requires <paramref name="column"/> to be one of <paramref name="values"/> (or NULL when
    /// <paramref name="nullAllowed"/>): the intersection with what is already required of that column.</summary>
    public SystemTableConstraint Intersect(string column, IEnumerable<object> values, bool nullAllowed)
    {
        var set = new HashSet<object>(values);
        if (_columns.TryGetValue(column, out ColumnValues? existing))
        {
            set.IntersectWith(existing.Values);
            nullAllowed &= existing.NullAllowed;
        }
        var columns = new SortedDictionary<string, ColumnValues>(_columns, StringComparer.Ordinal)
        {
            [column] = new ColumnValues(set, nullAllowed),
        };
        return new SystemTableConstraint(columns);
    }

    /// <summary>Whether a row may have <paramref name="value"/> (null for NULL) in <paramref name="column"/>.</summary>
    public bool Allows(string column, object? value)
    {
        if (!_columns.TryGetValue(column, out ColumnValues? allowed))
        {
            return true;
        }
        return value is null ? allowed.NullAllowed : allowed.Values.Contains(value);
    }

    /// <summary>The non-null string values <paramref name="column"/> is limited to, sorted; null when the column is not
    /// constrained. Tables use it to visit only the named catalogs, schemas or tables.</summary>
    public IReadOnlyList<string>? StringValues(string column)
        => _columns.TryGetValue(column, out ColumnValues? allowed)
            ? allowed.Values.OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : null;

    /// <summary>Whether <paramref name="row"/> (values in the order of <paramref name="columns"/>) satisfies the constraint.</summary>
    public bool Matches(IReadOnlyList<ColumnMetadata> columns, object?[] row)
    {
        if (_columns.Count == 0)
        {
            return true;
        }
        for (int i = 0; i < columns.Count; i++)
        {
            if (!Allows(columns[i].Name, row[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public bool Equals(SystemTableConstraint? other)
    {
        if (other is null || other._columns.Count != _columns.Count)
        {
            return false;
        }
        foreach (var (column, values) in _columns)
        {
            if (!other._columns.TryGetValue(column, out ColumnValues? otherValues)
                || values.NullAllowed != otherValues.NullAllowed || !values.Values.SetEquals(otherValues.Values))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SystemTableConstraint);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        int hash = _columns.Count;
        foreach (var (column, values) in _columns)
        {
            int valuesHash = values.NullAllowed ? 1 : 0;
            foreach (object value in values.Values)
            {
                valuesHash ^= value.GetHashCode();   // order-independent, like set equality
            }
            hash = HashCode.Combine(hash, StringComparer.Ordinal.GetHashCode(column), valuesHash);
        }
        return hash;
    }

    /// <inheritdoc />
    public override string ToString()
    {
        if (IsNone)
        {
            return "none";
        }
        return string.Join(" AND ", _columns.Select(c =>
        {
            var values = c.Value.Values.Select(v => v.ToString()!).Order(StringComparer.Ordinal).ToList();
            if (c.Value.NullAllowed)
            {
                values.Add("NULL");
            }
            return $"{c.Key} IN ({string.Join(", ", values)})";
        }));
    }

    private sealed record ColumnValues(HashSet<object> Values, bool NullAllowed);
}
