using System.Security.Cryptography;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("sha1", Description = "The SHA1 digest of the binary value.", Example = "to_hex(sha1(to_utf8('abc'))) = 'A9993E364706816ABA3E25717850C26C9CD0D89D'")]
internal sealed class Sha1Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> hash = scratch.Get(SHA1.HashSizeInBytes)[..SHA1.HashSizeInBytes];
            SHA1.HashData(input, hash);
            return hash;
        }
    }
}
