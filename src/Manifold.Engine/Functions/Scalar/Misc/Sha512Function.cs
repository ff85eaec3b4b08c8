using System.Security.Cryptography;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("sha512", Description = "The SHA512 digest of the binary value.", Example = "length(sha512(to_utf8('abc'))) = 64")]
internal sealed class Sha512Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> hash = scratch.Get(SHA512.HashSizeInBytes)[..SHA512.HashSizeInBytes];
            SHA512.HashData(input, hash);
            return hash;
        }
    }
}
