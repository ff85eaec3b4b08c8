using System.Security.Cryptography;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("sha256", Description = "The SHA256 digest of the binary value.", Example = "to_hex(sha256(to_utf8('abc'))) = 'BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD'")]
internal sealed class Sha256Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> hash = scratch.Get(SHA256.HashSizeInBytes)[..SHA256.HashSizeInBytes];
            SHA256.HashData(input, hash);
            return hash;
        }
    }
}
