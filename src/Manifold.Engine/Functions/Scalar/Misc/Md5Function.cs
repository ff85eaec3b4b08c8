using System.Security.Cryptography;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Misc;

[ScalarFunction("md5", Description = "The MD5 digest of the binary value.", Example = "to_hex(md5(to_utf8('abc'))) = '900150983CD24FB0D6963F7D28E17F72'")]
internal sealed class Md5Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varbinary")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Operation>(SqlType.Varbinary);

    private readonly struct Operation : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch)
        {
            Span<byte> hash = scratch.Get(MD5.HashSizeInBytes)[..MD5.HashSizeInBytes];
            MD5.HashData(input, hash);
            return hash;
        }
    }
}
