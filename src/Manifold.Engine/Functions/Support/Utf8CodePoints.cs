using System.Buffers;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace Manifold.Engine.Functions.Support;

/// <summary>Code-point level helpers over UTF-8 bytes. Invalid bytes count as one code point each, as in Trino.</summary>
internal static class Utf8CodePoints
{
    /// <summary>The number of code points: bytes that are not continuation bytes (10xxxxxx).</summary>
    public static int CountCodePoints(ReadOnlySpan<byte> text)
    {
        int count = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && text.Length >= Vector256<sbyte>.Count)
        {
            // Continuation bytes are -128..-65 as signed bytes; everything above -65 starts a code point.
            Vector256<sbyte> threshold = Vector256.Create((sbyte)-65);
            ReadOnlySpan<sbyte> signed = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, sbyte>(text);
            for (; i <= signed.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                Vector256<sbyte> block = Vector256.Create(signed.Slice(i, Vector256<sbyte>.Count));
                count += BitOperations.PopCount(Vector256.GreaterThan(block, threshold).ExtractMostSignificantBits());
            }
        }
        for (; i < text.Length; i++)
        {
            if ((text[i] & 0xC0) != 0x80)
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>True when every byte is ASCII.</summary>
    public static bool IsAscii(ReadOnlySpan<byte> text) => Ascii.IsValid(text);

    /// <summary>The length in bytes of the code point starting at <paramref name="text"/>[0] (1 for an invalid byte).</summary>
    public static int CodePointLength(ReadOnlySpan<byte> text)
    {
        byte lead = text[0];
        int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (length > text.Length)
        {
            return 1;
        }
        for (int i = 1; i < length; i++)
        {
            if ((text[i] & 0xC0) != 0x80)
            {
                return 1;
            }
        }
        return length;
    }

    /// <summary>The byte offset of code point <paramref name="index"/> (0-based); the byte length when past the end.</summary>
    public static int OffsetOfCodePoint(ReadOnlySpan<byte> text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }
        // ASCII prefix: code points are bytes (vectorized check, no per-byte decoding).
        int prefix = Math.Min(index, text.Length);
        if (Ascii.IsValid(text[..prefix]))
        {
            return prefix;
        }
        int offset = 0;
        while (index > 0 && offset < text.Length)
        {
            offset += CodePointLength(text[offset..]);
            index--;
        }
        return offset;
    }

    /// <summary>Decodes the code point at the start of <paramref name="text"/>; an invalid byte decodes to itself (≥ 0x80).</summary>
    public static int DecodeCodePoint(ReadOnlySpan<byte> text, out int length)
    {
        if (Rune.DecodeFromUtf8(text, out Rune rune, out length) == OperationStatus.Done)
        {
            return rune.Value;
        }
        length = 1;
        return text[0] | int.MinValue;
    }

    /// <summary>Appends the UTF-8 encoding of <paramref name="codePoint"/> (or the raw byte of an invalid one).</summary>
    public static int Encode(int codePoint, Span<byte> destination)
    {
        if (codePoint < 0)
        {
            destination[0] = (byte)codePoint;
            return 1;
        }
        return new Rune(codePoint).EncodeToUtf8(destination);
    }

    /// <summary>Decodes <paramref name="text"/> into code points (invalid bytes as negative markers), reusing <paramref name="buffer"/>.</summary>
    public static int ToCodePoints(ReadOnlySpan<byte> text, ref int[] buffer)
    {
        if (buffer.Length < text.Length)
        {
            buffer = new int[Math.Max(text.Length, buffer.Length * 2)];
        }
        int count = 0;
        int offset = 0;
        while (offset < text.Length)
        {
            buffer[count++] = DecodeCodePoint(text[offset..], out int length);
            offset += length;
        }
        return count;
    }

    /// <summary>Whether a code point is whitespace in Java's sense (<c>Character.isWhitespace</c>), which Trino's trim uses.</summary>
    public static bool IsJavaWhitespace(int codePoint)
    {
        if (codePoint is >= 0x09 and <= 0x0D or >= 0x1C and <= 0x20)
        {
            return true;
        }
        if (codePoint < 0x80 || codePoint is 0x00A0 or 0x2007 or 0x202F)
        {
            return false;
        }
        if (codePoint > 0xFFFF || codePoint < 0)
        {
            return false;
        }
        var category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator;
    }

    /// <summary>The index of <paramref name="value"/> in <paramref name="text"/> at or after byte <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value, int from)
    {
        if (from > text.Length)
        {
            return -1;
        }
        int found = text[from..].IndexOf(value);
        return found < 0 ? -1 : found + from;
    }
}
