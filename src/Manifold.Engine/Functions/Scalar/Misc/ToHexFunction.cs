using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("to_hex", Description = "The binary value as upper-case hexadecimal text.", Example = "to_hex(to_utf8('abc')) = '616263'")]
internal sealed class ToHexFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varchar);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(input.Length * 2)[..(input.Length * 2)];
            System.Convert.TryToHexString(input, output, out _);
            return output;
        }
    }
}
