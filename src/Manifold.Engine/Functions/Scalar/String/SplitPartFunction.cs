using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("split_part", Description = "The index-th part (from 1) of the string split on the delimiter; NULL when there are fewer parts.",
    Example = "split_part('a.b.c', '.', 2) = 'b'")]
internal sealed class SplitPartFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)", "bigint")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            BytesReader delimiters = BytesReader.Of(arguments[1]);
            FixedReader<long> indexes = FixedReader<long>.Of(arguments[2]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                long index = indexes[row];
                if (index <= 0)
                {
                    FunctionErrors.InvalidArgument("Index must be greater than zero");
                }
                ReadOnlySpan<byte> value = text[row];
                ReadOnlySpan<byte> delimiter = delimiters[row];
                if (delimiter.IsEmpty)
                {
                    // Trino: an empty delimiter yields the whole string as the only part.
                    if (index == 1)
                    {
                        output.Append(value);
                    }
                    else
                    {
                        output.AppendNull();
                    }
                    continue;
                }
                int start = 0;
                long part = 1;
                bool found = true;
                while (part < index)
                {
                    int next = Utf8CodePoints.IndexOf(value, delimiter, start);
                    if (next < 0)
                    {
                        found = false;
                        break;
                    }
                    start = next + delimiter.Length;
                    part++;
                }
                if (!found)
                {
                    output.AppendNull();
                    continue;
                }
                int end = Utf8CodePoints.IndexOf(value, delimiter, start);
                output.Append(end < 0 ? value[start..] : value[start..end]);
            }
            return output.Build();
        }
    }
}
