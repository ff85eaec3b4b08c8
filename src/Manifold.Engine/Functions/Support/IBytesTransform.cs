using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A text (or binary) value to text value function; may return a slice of its input.</summary>
internal interface IBytesTransform
{
    /// <summary>The result bytes for one non-null value; may point into <paramref name="input"/> or <paramref name="scratch"/>.</summary>
    static abstract ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch);
}
