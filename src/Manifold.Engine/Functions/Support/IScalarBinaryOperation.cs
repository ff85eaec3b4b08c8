using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A fixed-width to fixed-width function of two arguments, applied row by row (may throw for bad input).</summary>
internal interface IScalarBinaryOperation<TLeft, TRight, TOut>
{
    /// <summary>The result for one row of non-null values.</summary>
    static abstract TOut Apply(TLeft left, TRight right);
}
