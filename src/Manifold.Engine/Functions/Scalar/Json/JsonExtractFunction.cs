using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_extract", Description = "The JSON value at the JSON path; NULL when the path leads nowhere.",
    Example = "json_extract('{\"a\": {\"b\": [1, 2]}}', '$.a.b[1]') = JSON '2'")]
internal sealed class JsonExtractFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("json", "json", "varchar(y)"),
        FunctionSignature.Of("json", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new JsonPathKernel(function.ReturnType, JsonPathKernel.Mode.Extract);
}
