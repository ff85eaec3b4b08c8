using System.Buffers.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("to_base64", Description = "The binary value encoded as base64 text.", Example = "to_base64(to_utf8('abc')) = 'YWJj'")]
internal sealed class ToBase64Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varchar);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(Base64.GetMaxEncodedToUtf8Length(input.Length));
            Base64.EncodeToUtf8(input, output, out _, out int written);
            return output[..written];
        }
    }
}
