using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A function of two text values to a fixed-width value.</summary>
internal interface IBytesPairToFixed<TOut>
{
    /// <summary>The result for one row of non-null values.</summary>
    static abstract TOut Apply(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right);
}
