using System.Buffers;
using System.Buffers.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("from_base64", Description = "The binary value of base64 text.", Example = "from_base64('YWJj') = to_utf8('abc')")]
internal sealed class FromBase64Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varbinary", "varchar(x)"),
        FunctionSignature.Of("varbinary", "varbinary"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> output = scratch.Get(Base64.GetMaxDecodedFromUtf8Length(input.Length) + 3);
            if (Base64.DecodeFromUtf8(input, output, out _, out int written) != OperationStatus.Done)
            {
                FunctionErrors.InvalidArgument("Invalid base64 input");
            }
            return output[..written];
        }
    }
}
