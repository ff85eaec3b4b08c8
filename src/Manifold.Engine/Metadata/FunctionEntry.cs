using Manifold.Spi.Functions;

namespace Manifold.Engine.Metadata;

/// <summary>One registered function: its metadata and implementation (an <see cref="IScalarFunction"/>,
/// <see cref="IAggregateFunction"/> or <see cref="IWindowFunction"/>).</summary>
/// <param name="Name">The name it was registered under (its own name or an alias).</param>
/// <param name="Attribute">Kind, description, example, determinism.</param>
/// <param name="Implementation">The function object.</param>
public sealed record FunctionEntry(string Name, FunctionAttribute Attribute, object Implementation)
{
    /// <summary>The overloads.</summary>
    public IReadOnlyList<FunctionSignature> Signatures => Implementation switch
    {
        IScalarFunction scalar => scalar.Signatures,
        IAggregateFunction aggregate => aggregate.Signatures,
        IWindowFunction window => window.Signatures,
        _ => [],
    };

    /// <summary>True for operator implementations (<c>$add</c>, …), which SHOW FUNCTIONS hides.</summary>
    public bool IsHidden => Name.StartsWith('$');
}
