using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A text (or binary) value to fixed-width value function.</summary>
internal interface IBytesToFixed<TOut>
{
    /// <summary>The result for one non-null value.</summary>
    static abstract TOut Apply(ReadOnlySpan<byte> input);
}
