using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("codepoint", Description = "The Unicode code point of the only character of a string.", Example = "codepoint('A') = 65")]
internal sealed class CodepointFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("integer", "varchar(1)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesToFixedKernel<int, Operation>(SqlType.Integer);

    private readonly struct Operation : IBytesToFixed<int>
    {
        public static int Apply(ReadOnlySpan<byte> input)
        {
            if (input.IsEmpty || Utf8CodePoints.CodePointLength(input) != input.Length)
            {
                FunctionErrors.InvalidArgument("Input string must be a single character string");
            }
            int codePoint = Utf8CodePoints.DecodeCodePoint(input, out _);
            return codePoint < 0 ? codePoint & 0xFF : codePoint;
        }
    }
}
