using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_extract_scalar", Description = "The scalar (string, number or boolean) at the JSON path as text; NULL for arrays, objects and missing paths.",
    Example = "json_extract_scalar('{\"a\": \"x\"}', '$.a') = 'x'")]
internal sealed class JsonExtractScalarFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar", "json", "varchar(y)"),
        FunctionSignature.Of("varchar", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new JsonPathKernel(function.ReturnType, JsonPathKernel.Mode.ExtractScalar);
}
