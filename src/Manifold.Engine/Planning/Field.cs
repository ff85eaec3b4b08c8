namespace Manifold.Engine.Planning;

/// <summary>A column visible by name in a scope.</summary>
/// <param name="Name">The column name (lower case), or null for unnamed expressions.</param>
/// <param name="RelationAlias">The qualifying relation name (alias or table name), or null.</param>
/// <param name="Symbol">The plan symbol holding its values.</param>
/// <param name="Hidden">Hidden columns resolve by name but are not part of <c>*</c>.</param>
/// <param name="Qualifier">The table's schema and catalog, when the relation is a table (for <c>schema.table.column</c>).</param>
/// <param name="QualifiedOnly">True for the side columns of <c>JOIN ... USING</c>: <c>l.k</c> reaches them, a bare <c>k</c>
/// means the merged column.</param>
public sealed record Field(string? Name, string? RelationAlias, Symbol Symbol, bool Hidden = false, IReadOnlyList<string>? Qualifier = null,
    bool QualifiedOnly = false)
{
    /// <summary>Whether this field answers to <paramref name="parts"/> (a column name optionally qualified by relation,
    /// schema and catalog).</summary>
    public bool Matches(IReadOnlyList<string> parts)
    {
        if (Name is null || !string.Equals(parts[^1], Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (parts.Count == 1)
        {
            return !QualifiedOnly;
        }
        if (RelationAlias is null || !string.Equals(parts[^2], RelationAlias, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        if (parts.Count == 2)
        {
            return true;
        }
        if (Qualifier is null || parts.Count - 2 > Qualifier.Count)
        {
            return false;
        }
        for (int i = 0; i < parts.Count - 2; i++)
        {
            if (!string.Equals(parts[parts.Count - 3 - i], Qualifier[Qualifier.Count - 1 - i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
