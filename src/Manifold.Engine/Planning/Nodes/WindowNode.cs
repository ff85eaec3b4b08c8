using Manifold.Sql.Tree;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Planning.Nodes;

/// <summary>Frame units.</summary>
public enum WindowFrameUnit
{
    /// <summary>Physical rows.</summary>
    Rows,
    /// <summary>Values of the single ORDER BY key (peers share a frame).</summary>
    Range,
    /// <summary>Peer groups.</summary>
    Groups,
}

/// <summary>Frame bound kinds.</summary>
public enum WindowBoundKind
{
    /// <summary>UNBOUNDED PRECEDING.</summary>
    UnboundedPreceding,
    /// <summary>n PRECEDING.</summary>
    Preceding,
    /// <summary>CURRENT ROW.</summary>
    CurrentRow,
    /// <summary>n FOLLOWING.</summary>
    Following,
    /// <summary>UNBOUNDED FOLLOWING.</summary>
    UnboundedFollowing,
}

/// <summary>A window frame; offsets are symbols evaluated per row (usually constants projected earlier).</summary>
public sealed record WindowFrame(WindowFrameUnit Unit, WindowBoundKind StartKind, Symbol? StartOffset, WindowBoundKind EndKind, Symbol? EndOffset)
{
    /// <summary>The SQL default: RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW.</summary>
    public static WindowFrame Default { get; } = new(WindowFrameUnit.Range, WindowBoundKind.UnboundedPreceding, null, WindowBoundKind.CurrentRow, null);

    /// <inheritdoc />
    public override string ToString() => $"{Unit.ToString().ToUpperInvariant()} {Bound(StartKind, StartOffset)} AND {Bound(EndKind, EndOffset)}";

    private static string Bound(WindowBoundKind kind, Symbol? offset) => kind switch
    {
        WindowBoundKind.UnboundedPreceding => "UNBOUNDED PRECEDING",
        WindowBoundKind.Preceding => $"{offset} PRECEDING",
        WindowBoundKind.CurrentRow => "CURRENT ROW",
        WindowBoundKind.Following => $"{offset} FOLLOWING",
        WindowBoundKind.UnboundedFollowing => "UNBOUNDED FOLLOWING",
    };
}

/// <summary>One window function call: either a window function proper or an aggregate over the frame.</summary>
/// <param name="Binding">Name, argument and return types.</param>
/// <param name="WindowFunction">The window function, or null for an aggregate.</param>
/// <param name="Aggregate">The aggregate, or null for a window function.</param>
/// <param name="Arguments">Argument symbols.</param>
/// <param name="Frame">The frame.</param>
/// <param name="IgnoreNulls">IGNORE NULLS.</param>
public sealed record WindowCall(
    BoundFunction Binding, IWindowFunction? WindowFunction, IAggregateFunction? Aggregate, NodeList<Symbol> Arguments, WindowFrame Frame, bool IgnoreNulls)
{
    /// <inheritdoc />
    public bool Equals(WindowCall? other)
        => other is not null && Binding.Name == other.Binding.Name && Arguments.Equals(other.Arguments) && Frame == other.Frame
           && IgnoreNulls == other.IgnoreNulls && Binding.ArgumentTypes.SequenceEqual(other.Binding.ArgumentTypes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Binding.Name, Arguments, Frame);

    /// <inheritdoc />
    public override string ToString() => $"{Binding.Name}({string.Join(", ", Arguments)}) {Frame}";
}

/// <summary>output := window call.</summary>
public sealed record WindowAssignment(Symbol Symbol, WindowCall Call);

/// <summary>Computes window functions that share one PARTITION BY / ORDER BY; outputs the input columns plus the results.</summary>
public sealed record WindowNode(PlanNode Source, NodeList<Symbol> PartitionBy, NodeList<SortKey> OrderBy, NodeList<WindowAssignment> Functions) : PlanNode
{
    /// <inheritdoc />
    public override IReadOnlyList<Symbol> Outputs => Source.Outputs.Concat(Functions.Select(f => f.Symbol)).ToArray();

    /// <inheritdoc />
    public override IReadOnlyList<PlanNode> Sources => [Source];

    /// <inheritdoc />
    public override PlanNode WithSources(IReadOnlyList<PlanNode> sources) => this with { Source = sources[0] };
}
