using Manifold.Spi.Types;

namespace Manifold.Engine.Planning;

/// <summary>A column flowing through a plan, unique within the query by <see cref="Id"/>.</summary>
/// <param name="Id">Unique id (from <see cref="SymbolAllocator"/>).</param>
/// <param name="Name">A readable name for EXPLAIN, e.g. the source column or alias.</param>
/// <param name="Type">The column type.</param>
public sealed record Symbol(int Id, string Name, SqlType Type)
{
    /// <summary>True for symbols whose identity matters, not their name.</summary>
    public bool Equals(Symbol? other) => other is not null && other.Id == Id;

    /// <inheritdoc />
    public override int GetHashCode() => Id;

    /// <inheritdoc />
    public override string ToString() => $"{Name}_{Id}";
}
