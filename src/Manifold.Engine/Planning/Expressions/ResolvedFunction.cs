using Manifold.Spi.Functions;

namespace Manifold.Engine.Planning.Expressions;

/// <summary>A scalar function or operator bound to argument types at one call site.</summary>
/// <param name="Binding">Name, argument and return types, and the matching overload.</param>
/// <param name="Implementation">The function object that creates the kernel.</param>
/// <param name="Deterministic">False for functions like <c>random()</c>, which must not be folded or deduplicated.</param>
public sealed record ResolvedFunction(BoundFunction Binding, IScalarFunction Implementation, bool Deterministic)
{
    /// <summary>The function name (operators are <c>$add</c>, <c>$equal</c>, …).</summary>
    public string Name => Binding.Name;

    /// <inheritdoc />
    public bool Equals(ResolvedFunction? other)
        => other is not null && Name == other.Name && Binding.ArgumentTypes.SequenceEqual(other.Binding.ArgumentTypes)
           && Binding.ReturnType == other.Binding.ReturnType;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Binding.ReturnType);
}
