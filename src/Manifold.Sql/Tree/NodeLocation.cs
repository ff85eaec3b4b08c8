namespace Manifold.Sql.Tree;

/// <summary>Where a node starts in the SQL text: 1-based line and column.</summary>
/// <remarks>
/// A location is not part of a node's value: all locations compare equal, so two trees that differ only in where
/// they came from are equal (the formatter round-trip relies on this).
/// </remarks>
public readonly struct NodeLocation(int line, int column) : IEquatable<NodeLocation>
{
    /// <summary>The line, starting at 1; 0 when unknown.</summary>
    public int Line { get; } = line;

    /// <summary>The column, starting at 1; 0 when unknown.</summary>
    public int Column { get; } = column;

    /// <summary>True when the node came from SQL text.</summary>
    public bool IsKnown => Line > 0;

    /// <summary>Always true: positions never distinguish nodes.</summary>
    public bool Equals(NodeLocation other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NodeLocation;

    /// <inheritdoc />
    public override int GetHashCode() => 0;

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
