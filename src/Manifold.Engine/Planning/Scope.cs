using Manifold.Spi.Errors;

namespace Manifold.Engine.Planning;

/// <summary>The names visible at one point of a query: the fields of the current relation and, through
/// <see cref="Outer"/>, those of enclosing queries (for correlated subqueries).</summary>
public sealed class Scope
{
    /// <summary>Creates a scope over <paramref name="fields"/>.</summary>
    public Scope(IReadOnlyList<Field> fields, Scope? outer = null, CorrelationTracker? correlation = null)
    {
        Fields = fields;
        Outer = outer;
        Correlation = correlation;
    }

    /// <summary>The fields, in relation order.</summary>
    public IReadOnlyList<Field> Fields { get; }

    /// <summary>The enclosing query's scope, for correlated references.</summary>
    public Scope? Outer { get; }

    /// <summary>Collects the outer symbols a subquery references (set on the subquery's scopes).</summary>
    public CorrelationTracker? Correlation { get; }

    /// <summary>The fields that <c>*</c> expands to.</summary>
    public IEnumerable<Field> VisibleFields => Fields.Where(f => !f.Hidden);

    /// <summary>A scope with the same outer scope over other fields.</summary>
    public Scope WithFields(IReadOnlyList<Field> fields) => new(fields, Outer, Correlation);

    /// <summary>Resolves a possibly qualified column name: local fields first, then outer scopes (recording the correlation).
    /// Returns null when nothing matches; throws AMBIGUOUS_NAME when several local fields match.</summary>
    public Field? TryResolve(IReadOnlyList<string> parts, SourceLocation? location)
    {
        Field? found = null;
        foreach (Field field in Fields)
        {
            if (!field.Matches(parts))
            {
                continue;
            }
            if (found is not null && found.Symbol != field.Symbol)
            {
                throw new ManifoldException(StandardErrorCode.AmbiguousName, $"Column '{string.Join('.', parts)}' is ambiguous", location);
            }
            found = field;
        }
        if (found is not null)
        {
            return found;
        }
        if (Outer?.TryResolve(parts, location) is { } outer)
        {
            Correlation?.Add(outer.Symbol);
            return outer;
        }
        return null;
    }

    /// <summary>Whether some local field (or outer one) matches a relation name, e.g. for <c>t.*</c>.</summary>
    public IReadOnlyList<Field> FieldsOfRelation(IReadOnlyList<string> qualifier)
        => Fields.Where(f => !f.Hidden && f.Name is not null && f.Matches([.. qualifier, f.Name])).ToArray();
}

/// <summary>Records the symbols of enclosing queries that a subquery references.</summary>
public sealed class CorrelationTracker
{
    private readonly List<Symbol> _symbols = [];

    /// <summary>The referenced outer symbols, in first-use order.</summary>
    public IReadOnlyList<Symbol> Symbols => _symbols;

    /// <summary>Records a reference.</summary>
    public void Add(Symbol symbol)
    {
        if (!_symbols.Contains(symbol))
        {
            _symbols.Add(symbol);
        }
    }
}
