using System.Runtime.CompilerServices;

namespace Manifold.Engine.Functions.Support;

/// <summary>Code point helpers over UTF-8 bytes.</summary>
internal static class Utf8Text
{
    /// <summary>The number of code points (bytes that are not continuation bytes).</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> text)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            count += (text[i] & 0xC0) != 0x80 ? 1 : 0;
        }
        return count;
    }

    /// <summary>The first <paramref name="codePoints"/> code points.</summary>
    public static ReadOnlySpan<byte> TruncateToCodePoints(ReadOnlySpan<byte> text, int codePoints)
    {
        if (text.Length <= codePoints)
        {
            return text;
        }
        int seen = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if ((text[i] & 0xC0) != 0x80)
            {
                if (seen == codePoints)
                {
                    return text[..i];
                }
                seen++;
            }
        }
        return text;
    }

    /// <summary>Decodes the code point starting at <paramref name="index"/> and returns its byte length (invalid bytes
    /// decode as themselves, one byte long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Decode(ReadOnlySpan<byte> text, int index, out int codePoint)
    {
        byte first = text[index];
        if (first < 0x80)
        {
            codePoint = first;
            return 1;
        }
        int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        if (length == 1 || index + length > text.Length)
        {
            codePoint = first;
            return 1;
        }
        codePoint = first & (0xFF >> (length + 1));
        for (int i = 1; i < length; i++)
        {
            codePoint = (codePoint << 6) | (text[index + i] & 0x3F);
        }
        return length;
    }
}
