using Manifold.Spi.Types;

namespace Manifold.Spi.Connectors;

/// <summary>A conjunction of single-column conditions the engine offers a connector (filter pushdown).</summary>
/// <param name="Conjuncts">The conditions, all of which must hold.</param>
public sealed record Constraint(IReadOnlyList<ColumnDomain> Conjuncts);

/// <summary>The values one column may take.</summary>
/// <param name="Column">The column.</param>
/// <param name="Domain">The allowed values.</param>
public sealed record ColumnDomain(ConnectorColumnHandle Column, Domain Domain);

/// <summary>A set of values of one type: a union of ranges, plus whether NULL is allowed.</summary>
/// <param name="Type">The column type.</param>
/// <param name="Ranges">Disjoint ranges in ascending order; a single value is a range with equal inclusive bounds.</param>
/// <param name="NullAllowed">Whether NULL is in the set.</param>
public sealed record Domain(SqlType Type, IReadOnlyList<ValueRange> Ranges, bool NullAllowed)
{
    /// <summary>True when the domain is a list of single values.</summary>
    public bool IsDiscrete => Ranges.All(r => r.IsSingleValue);
}

/// <summary>A range of values; a null bound is unbounded. Values are boxed physical forms.</summary>
/// <param name="Low">Lower bound, or null for unbounded.</param>
/// <param name="LowInclusive">Whether the lower bound belongs to the range.</param>
/// <param name="High">Upper bound, or null for unbounded.</param>
/// <param name="HighInclusive">Whether the upper bound belongs to the range.</param>
public sealed record ValueRange(object? Low, bool LowInclusive, object? High, bool HighInclusive)
{
    /// <summary>True when the range holds exactly one value.</summary>
    public bool IsSingleValue => Low is not null && LowInclusive && HighInclusive && Equals(Low, High);

    /// <summary>The range holding only <paramref name="value"/>.</summary>
    public static ValueRange Single(object value) => new(value, true, value, true);
}

/// <summary>How well a connector applies one pushed condition.</summary>
public enum PushdownOutcome
{
    /// <summary>Rows that fail the condition are never returned: the engine drops its own filter for it.</summary>
    Exact,
    /// <summary>Some failing rows are skipped, not all: the engine keeps its filter.</summary>
    Inexact,
    /// <summary>Ignored: the engine keeps its filter.</summary>
    Unsupported,
}

/// <summary>The connector's answer to a filter pushdown.</summary>
/// <param name="Table">The handle to scan from now on.</param>
/// <param name="Outcomes">One outcome per conjunct of the offered constraint, in order.</param>
public sealed record FilterPushdownResult(ConnectorTableHandle Table, IReadOnlyList<PushdownOutcome> Outcomes);

/// <summary>The connector's answer to a limit pushdown.</summary>
/// <param name="Table">The handle to scan from now on.</param>
/// <param name="LimitGuaranteed">True when the scan returns at most the limit in total, so the engine may drop its limit.</param>
public sealed record LimitPushdownResult(ConnectorTableHandle Table, bool LimitGuaranteed);
