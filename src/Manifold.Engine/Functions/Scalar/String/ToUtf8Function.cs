using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("to_utf8", Description = "The UTF-8 encoding of the string.", Example = "to_utf8('é') = X'C3A9'")]
internal sealed class ToUtf8Function : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varbinary", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Identity>(SqlType.Varbinary);

    private readonly struct Identity : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch) => input;
    }
}
