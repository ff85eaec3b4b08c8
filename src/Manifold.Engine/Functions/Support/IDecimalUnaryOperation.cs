using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A decimal to decimal function of one argument over unscaled values.</summary>
internal interface IDecimalUnaryOperation
{
    /// <summary>The unscaled result (at the output scale) for an unscaled input at <paramref name="inputScale"/>.</summary>
    static abstract Int128 Apply(Int128 unscaled, int inputScale);
}
