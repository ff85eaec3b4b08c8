using System.Text.Json;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("is_json_scalar", Description = "True when the JSON value is a scalar (number, string, boolean or null).", Example = "is_json_scalar('1') = true")]
internal sealed class IsJsonScalarFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("boolean", "json"),
        FunctionSignature.Of("boolean", "varchar(x)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new BytesToFixedKernel<bool, Operation>(SqlType.Boolean);

    private readonly struct Operation : IBytesToFixed<bool>
    {
        public static bool Apply(ReadOnlySpan<byte> input)
        {
            if (!JsonSupport.TryParse(input, out JsonDocument? document))
            {
                FunctionErrors.InvalidArgument("Invalid JSON value");
            }
            using (document)
            {
                return document!.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array);
            }
        }
    }
}
