using System.Buffers;
using System.Text.Json;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.Json;

[ScalarFunction("json_parse", Description = "The JSON value of the text, in canonical form (object keys sorted, no blanks).",
    Example = "json_parse('{\"b\": 1, \"a\": [1, 2]}') = JSON '{\"a\":[1,2],\"b\":1}'")]
internal sealed class JsonParseFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("json", "varchar(x)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Json)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader input = BytesReader.Of(arguments[0]);
            var output = new BytesVectorBuilder(SqlType.Json, rowCount);
            var buffer = new ArrayBufferWriter<byte>();
            for (int row = 0; row < rowCount; row++)
            {
                if (input.IsNull(row))
                {
                    output.AppendNull();
                    continue;
                }
                if (!JsonSupport.TryParse(input[row], out JsonDocument? document))
                {
                    FunctionErrors.InvalidArgument($"Cannot convert value to JSON: '{input.GetString(row)}'");
                }
                using (document)
                {
                    JsonSupport.WriteCanonical(document!.RootElement, buffer);
                }
                output.Append(buffer.WrittenSpan);
            }
            return output.Build();
        }
    }
}
