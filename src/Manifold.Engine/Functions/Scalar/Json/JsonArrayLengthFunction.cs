using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_array_length", Description = "The length of a JSON array; NULL when the value is not an array.",
    Example = "json_array_length('[1, 2, 3]') = 3")]
internal sealed class JsonArrayLengthFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "json"),
        FunctionSignature.Of("bigint", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new JsonPathKernel(function.ReturnType, JsonPathKernel.Mode.ArrayLength);
}
