using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_format", Description = "The JSON text of a json value.", Example = "json_format(JSON '[1, 2]') = '[1,2]'")]
internal sealed class JsonFormatFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "json")];

    public IScalarKernel Specialize(BoundFunction function) => new BytesTransformKernel<Identity>(SqlType.Varchar);

    private readonly struct Identity : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch) => input;
    }
}
