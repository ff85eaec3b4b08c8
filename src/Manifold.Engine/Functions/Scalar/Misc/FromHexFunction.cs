using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("from_hex", Description = "The binary value of hexadecimal text.", Example = "from_hex('616263') = to_utf8('abc')")]
internal sealed class FromHexFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            if (input.Length % 2 != 0)
            {
                FunctionErrors.InvalidArgument("invalid input length " + input.Length);
            }
            Span<byte> output = scratch.Get(input.Length / 2)[..(input.Length / 2)];
            for (int i = 0; i < output.Length; i++)
            {
                output[i] = (byte)(Digit(input[2 * i]) << 4 | Digit(input[2 * i + 1]));
            }
            return output;
        }

        private static int Digit(byte c)
        {
            int value = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                FunctionErrors.InvalidArgument($"invalid hex character: {(char)c}");
            }
            return value;
        }
    }
}
