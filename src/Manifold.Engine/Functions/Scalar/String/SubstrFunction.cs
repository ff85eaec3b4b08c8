using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("substr", Description = "The rest of the string from start (from 1; negative counts from the end), or length code points of it.",
    Example = "substr('hello', -3, 2) = 'll'", Aliases = ["substring"])]
internal sealed class SubstrFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)", "bigint"),
        FunctionSignature.Of("varchar(x)", "varchar(x)", "bigint", "bigint"),
        FunctionSignature.Of("varbinary", "varbinary", "bigint"),
        FunctionSignature.Of("varbinary", "varbinary", "bigint", "bigint"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType, function.ArgumentTypes[0].Kind == TypeKind.Varbinary);

    private sealed class Kernel(SqlType type, bool binary) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            FixedReader<long> starts = FixedReader<long>.Of(arguments[1]);
            bool hasLength = arguments.Count > 2;
            FixedReader<long> lengths = hasLength ? FixedReader<long>.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                ReadOnlySpan<byte> value = text[row];
                long start = starts[row];
                long length = hasLength ? lengths[row] : long.MaxValue;
                output.Append(binary ? SliceBytes(value, start, length) : SliceCodePoints(value, start, length));
            }
            return output.Build();
        }

        private static ReadOnlySpan<byte> SliceBytes(ReadOnlySpan<byte> value, long start, long length)
        {
            if (start == 0 || length <= 0 || value.IsEmpty)
            {
                return default;
            }
            long from = start > 0 ? start - 1 : value.Length + start;
            if (from < 0 || from >= value.Length)
            {
                return default;
            }
            long to = System.Math.Min(value.Length, from + System.Math.Min(length, value.Length));
            return value[(int)from..(int)to];
        }

        private static ReadOnlySpan<byte> SliceCodePoints(ReadOnlySpan<byte> value, long start, long length)
        {
            if (start == 0 || length <= 0 || value.IsEmpty)
            {
                return default;
            }
            if (start > 0)
            {
                if (start - 1 >= value.Length)
                {
                    return default;
                }
                int from = Utf8CodePoints.OffsetOfCodePoint(value, (int)(start - 1));
                if (from >= value.Length)
                {
                    return default;
                }
                int take = length >= value.Length ? value.Length : (int)length;
                return value.Slice(from, Utf8CodePoints.OffsetOfCodePoint(value[from..], take));
            }
            int count = Utf8CodePoints.CountCodePoints(value);
            long first = count + start;
            if (first < 0)
            {
                return default;
            }
            int begin = Utf8CodePoints.OffsetOfCodePoint(value, (int)first);
            int span = length >= value.Length ? value.Length : (int)length;
            return value.Slice(begin, Utf8CodePoints.OffsetOfCodePoint(value[begin..], span));
        }
    }
}
