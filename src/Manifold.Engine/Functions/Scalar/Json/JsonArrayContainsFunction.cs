using System.Text.Json;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_array_contains", Description = "True when the JSON array contains the value; NULL when the JSON is not an array.",
    Example = "json_array_contains('[1, 2, 3]', 2) = true")]
internal sealed class JsonArrayContainsFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("boolean", "json", "bigint"),
        FunctionSignature.Of("boolean", "json", "double"),
        FunctionSignature.Of("boolean", "json", "boolean"),
        FunctionSignature.Of("boolean", "json", "varchar(y)"),
        FunctionSignature.Of("boolean", "varchar(x)", "bigint"),
        FunctionSignature.Of("boolean", "varchar(x)", "double"),
        FunctionSignature.Of("boolean", "varchar(x)", "boolean"),
        FunctionSignature.Of("boolean", "varchar(x)", "varchar(y)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ArgumentTypes[1].Kind);

    private sealed class Kernel(TypeKind valueKind) : ScalarKernel(SqlType.Boolean)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader input = BytesReader.Of(arguments[0]);
            var result = new FixedResult<bool>(rowCount, NullMask.Union(arguments, rowCount));
            for (int row = 0; row < rowCount; row++)
            {
                if (result.IsNull(row))
                {
                    continue;
                }
                if (!JsonSupport.TryParse(input[row], out JsonDocument? document) || document!.RootElement.ValueKind != JsonValueKind.Array)
                {
                    document?.Dispose();
                    result.SetNull(row);
                    continue;
                }
                using (document)
                {
                    bool found = false;
                    foreach (JsonElement item in document.RootElement.EnumerateArray())
                    {
                        if (Matches(item, arguments[1], row))
                        {
                            found = true;
                            break;
                        }
                    }
                    result.Values[row] = found;
                }
            }
            return result.Build(SqlType.Boolean);
        }

        private bool Matches(JsonElement item, Vector values, int row)
        {
            switch (valueKind)
            {
                case TypeKind.BigInt:
                    return item.ValueKind == JsonValueKind.Number && item.TryGetInt64(out long number) && number == IntegerValues.Read(values, row);
                case TypeKind.Double:
                    return item.ValueKind == JsonValueKind.Number && item.TryGetDouble(out double real) && real == FixedReader<double>.Of(values)[row];
                case TypeKind.Boolean:
                {
                    bool value = FixedReader<bool>.Of(values)[row];
                    return item.ValueKind == (value ? JsonValueKind.True : JsonValueKind.False);
                }
                default:
                    return item.ValueKind == JsonValueKind.String && item.ValueEquals(BytesReader.Of(values)[row]);
            }
        }
    }
}
