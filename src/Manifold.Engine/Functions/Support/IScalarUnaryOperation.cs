using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A fixed-width to fixed-width function of one argument, applied row by row (may throw for bad input).</summary>
internal interface IScalarUnaryOperation<TIn, TOut>
{
    /// <summary>The result for one non-null value.</summary>
    static abstract TOut Apply(TIn value);
}
