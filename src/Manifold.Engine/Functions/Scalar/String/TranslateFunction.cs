using Manifold.Engine.Functions.Support;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Scalar.String;

[ScalarFunction("translate", Description = "The string with each code point found in from replaced by the one at the same position in to, or removed when to is shorter.",
    Example = "translate('abcd', 'ac', 'x') = 'xbd'")]
internal sealed class TranslateFunction : IScalarFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("varchar", "varchar(x)", "varchar(y)", "varchar(z)")];

    public IScalarKernel Specialize(BoundFunction function) => new Kernel();

    private sealed class Kernel() : ScalarKernel(SqlType.Varchar)
    {
        protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
        {
            BytesReader text = BytesReader.Of(arguments[0]);
            BytesReader froms = BytesReader.Of(arguments[1]);
            BytesReader tos = BytesReader.Of(arguments[2]);
            ulong[]? nulls = NullMask.Union(arguments, rowCount);
            var output = new BytesVectorBuilder(ReturnType, rowCount);
            var scratch = new Utf8Scratch();
            int[] from = new int[16];
            int[] to = new int[16];
            for (int row = 0; row < rowCount; row++)
            {
                if (NullMask.IsSet(nulls, row))
                {
                    output.AppendNull();
                    continue;
                }
                int fromCount = Utf8CodePoints.ToCodePoints(froms[row], ref from);
                int toCount = Utf8CodePoints.ToCodePoints(tos[row], ref to);
                ReadOnlySpan<byte> value = text[row];
                Span<byte> buffer = scratch.Get(value.Length * 4 + 4);
                int written = 0;
                int offset = 0;
                while (offset < value.Length)
                {
                    int codePoint = Utf8CodePoints.DecodeCodePoint(value[offset..], out int length);
                    int index = System.Array.IndexOf(from, codePoint, 0, fromCount);
                    if (index < 0)
                    {
                        value.Slice(offset, length).CopyTo(buffer[written..]);
                        written += length;
                    }
                    else if (index < toCount)
                    {
                        written += Utf8CodePoints.Encode(to[index], buffer[written..]);
                    }
                    offset += length;
                }
                output.Append(buffer[..written]);
            }
            return output.Build();
        }
    }
}
