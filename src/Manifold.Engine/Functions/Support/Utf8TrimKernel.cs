using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>trim, ltrim and rtrim: strips whitespace (Java's definition) or the code points of a second argument.</summary>
internal sealed class Utf8TrimKernel(SqlType returnType, bool left, bool right) : ScalarKernel(returnType)
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader input = BytesReader.Of(arguments[0]);
        bool withCharacters = arguments.Count > 1;
        BytesReader characters = withCharacters ? BytesReader.Of(arguments[1]) : default;
        ulong[]? nulls = NullMask.Union(arguments, rowCount);
        var output = new BytesVectorBuilder(ReturnType, rowCount, BytesTransformKernel<NoTransform>.EstimateBytes(arguments[0]));
        int[] set = new int[16];
        for (int row = 0; row < rowCount; row++)
        {
            if (NullMask.IsSet(nulls, row))
            {
                output.AppendNull();
                continue;
            }
            ReadOnlySpan<byte> text = input[row];
            int setCount = withCharacters ? Utf8CodePoints.ToCodePoints(characters[row], ref set) : 0;
            int start = 0;
            int end = text.Length;
            if (left)
            {
                while (start < end)
                {
                    int codePoint = Utf8CodePoints.DecodeCodePoint(text[start..], out int length);
                    if (!Strip(codePoint, set, setCount, withCharacters))
                    {
                        break;
                    }
                    start += length;
                }
            }
            if (right)
            {
                while (end > start)
                {
                    int begin = end - 1;
                    while (begin > start && (text[begin] & 0xC0) == 0x80 && end - begin < 4)
                    {
                        begin--;
                    }
                    int codePoint = Utf8CodePoints.DecodeCodePoint(text[begin..end], out int length);
                    if (length != end - begin)
                    {
                        // Not a whole code point: treat the last byte alone.
                        begin = end - 1;
                        codePoint = Utf8CodePoints.DecodeCodePoint(text[begin..end], out _);
                    }
                    if (!Strip(codePoint, set, setCount, withCharacters))
                    {
                        break;
                    }
                    end = begin;
                }
            }
            output.Append(text[start..end]);
        }
        return output.Build();
    }

    private static bool Strip(int codePoint, int[] set, int setCount, bool withCharacters)
    {
        if (!withCharacters)
        {
            return Utf8CodePoints.IsJavaWhitespace(codePoint);
        }
        for (int i = 0; i < setCount; i++)
        {
            if (set[i] == codePoint)
            {
                return true;
            }
        }
        return false;
    }

    private readonly struct NoTransform : IBytesTransform
    {
        public static ReadOnlySpan<byte> Apply(ReadOnlySpan<byte> input, Utf8Scratch scratch) => input;
    }
}
