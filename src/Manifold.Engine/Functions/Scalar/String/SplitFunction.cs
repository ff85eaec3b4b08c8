using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("split", Description = "The parts of the string between delimiters; with limit, at most limit parts, the last holding the rest.",
    Example = "split('a.b.c', '.', 2) = ARRAY['a', 'b.c']")]
internal sealed class SplitFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("array(varchar(x))", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("array(varchar(x))", "varchar(x)", "varchar(y)", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            BytesReader delimiters = BytesReader.Of(arguments[1]);
            bool hasLimit = arguments.Count > 2;
            FixedReader<long> limits = hasLimit ? FixedReader<long>.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new ArrayVectorBuilder((ArrayType)ReturnType, rowCount);
            var elements = (BytesVectorBuilder)output.Elements;
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                long limit = hasLimit ? limits[row] : int.MaxValue;
                if (limit <= 0)
                {
                    FunctionErrors.InvalidArgument("Limit must be positive");
                }
                if (limit > int.MaxValue)
                {
                    FunctionErrors.InvalidArgument("Limit is too large");
                }
                ReadOnlySpan<byte> value = text[row];
                ReadOnlySpan<byte> delimiter = delimiters[row];
                if (delimiter.IsEmpty)
                {
                    FunctionErrors.InvalidArgument("The delimiter may not be the empty string");
                }
                int offset = 0;
                int parts = 0;
                while (parts < limit - 1)
                {
                    int found = Utf8CodePoints.IndexOf(value, delimiter, offset);
                    if (found < 0)
                    {
                        break;
                    }
                    elements.Append(value[offset..found]);
                    parts++;
                    offset = found + delimiter.Length;
                }
                elements.Append(value[offset..]);
                output.CloseEntry();
            }
            return output.Build();
        }
    }
}
