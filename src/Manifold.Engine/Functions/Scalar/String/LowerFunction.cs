using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("lower", Description = "The string converted to lower case, code point by code point.", Example = "lower('HeLLo') = 'hello'")]
internal sealed class LowerFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar(x)", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(function.ReturnType);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(input.Length * 3);
            if (Ascii.ToLower(input, output, out int written) == System.Buffers.OperationStatus.Done)
            {
                return output[..written];
            }
            // Non-ASCII: map each code point; invalid bytes are copied unchanged.
            written = 0;
            int offset = 0;
            while (offset < input.Length)
            {
                if (Rune.DecodeFromUtf8(input[offset..], out Rune rune, out int length) == System.Buffers.OperationStatus.Done)
                {
                    written += Rune.ToLowerInvariant(rune).EncodeToUtf8(output[written..]);
                }
                else
                {
                    length = 1;
                    output[written++] = input[offset];
                }
                offset += length;
            }
            return output[..written];
        }
    }
}
