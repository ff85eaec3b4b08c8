using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("replace", Description = "The string with every instance of search removed, or replaced by replace.",
    Example = "replace('abcabc', 'b', 'x') = 'axcaxc'")]
internal sealed class ReplaceFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("varchar(x)", "varchar(x)", "varchar(y)"),
        FunctionSignature.Of("varchar", "varchar(x)", "varchar(y)", "varchar(z)"),
    ];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel(function.ReturnType);

    private sealed class Kernel(SqlType type) : ScalarKernel(type)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            BytesReader searches = BytesReader.Of(arguments[1]);
            bool hasReplacement = arguments.Count > 2;
            BytesReader replacements = hasReplacement ? BytesReader.Of(arguments[2]) : default;
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount, BytesTransformKernel<Identity>.EstimateBytes(arguments[0]));
            var scratch = new Utf8Scratch();
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                ReadOnlySpan<byte> value = text[row];
                ReadOnlySpan<byte> search = searches[row];
                ReadOnlySpan<byte> replacement = hasReplacement ? replacements[row] : default;
                int written = 0;
                if (search.IsEmpty)
                {
                    // As in Trino: the replacement goes before every code point and at the end.
                    int offset = 0;
                    while (true)
                    {
                        Append(scratch, ref written, replacement);
                        if (offset >= value.Length)
                        {
                            break;
                        }
                        int length = Utf8CodePoints.CodePointLength(value[offset..]);
                        Append(scratch, ref written, value.Slice(offset, length));
                        offset += length;
                    }
                }
                else
                {
                    int offset = 0;
                    while (true)
                    {
                        int found = Utf8CodePoints.IndexOf(value, search, offset);
                        if (found < 0)
                        {
                            Append(scratch, ref written, value[offset..]);
                            break;
                        }
                        Append(scratch, ref written, value[offset..found]);
                        Append(scratch, ref written, replacement);
                        offset = found + search.Length;
                    }
                }
                output.Append(scratch.Get(written)[..written]);
            }
            return output.Build();
        }

        private static void Append(Utf8Scratch scratch, ref int written, ReadOnlySpan<byte> part)
        {
            part.CopyTo(scratch.Grow(written + part.Length, written)[written..]);
            written += part.Length;
        }
    }

    private readonly struct Identity : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch) => input;
    }
}
