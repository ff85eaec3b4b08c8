using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_size", Description = "The number of elements or fields of the array or object at the JSON path (0 for scalars).",
    Example = "json_size('{\"x\": [1, 2, 3]}', '$.x') = 3")]
internal sealed class JsonSizeFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("bigint", "json", "varchar(y)"),
        FunctionSignature.Of("bigint", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new JsonPathKernel(function.ReturnType, JsonPathKernel.Mode.Size);
}
