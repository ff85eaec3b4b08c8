using System.Runtime.CompilerServices;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>dbgen's string generators: comments from the text pool, alphanumeric addresses, phone numbers and
/// zero-padded names (GENERATOR-NOTES §3).</summary>
internal static class TpchText
{
    /// <summary>The 64 characters of dbgen's alphanumeric strings, indexed by 6 random bits.</summary>
    private static ReadOnlySpan<byte> AlphaNumericChars => "0123456789abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ,"u8;

    /// <summary>Shortest comment for an average length: trunc(avg × 0.4).</summary>
    public static int MinTextLength(int averageLength) => (int)(averageLength * 0.4);

    /// <summary>Longest comment for an average length: trunc(avg × 1.6).</summary>
    public static int MaxTextLength(int averageLength) => (int)(averageLength * 1.6);

    /// <summary>dbgen's <c>text(avg)</c> for <paramref name="count"/> rows: two draws per row (offset, then length) giving
    /// the slice of the text pool each row takes. Returns the total length.</summary>
    public static long DrawText(ref long seed, int averageLength, Span<int> offsets, Span<int> lengths, int count)
    {
        int minLength = MinTextLength(averageLength);
        int maxLength = MaxTextLength(averageLength);
        int maxOffset = TpchTextPool.Size - maxLength;
        long s = seed;
        long total = 0;
        for (int i = 0; i < count; i++)
        {
            offsets[i] = TpchRandom.Uniform(ref s, 0, maxOffset);
            int length = TpchRandom.Uniform(ref s, minLength, maxLength);
            lengths[i] = length;
            total += length;
        }
        seed = s;
        return total;
    }

    /// <summary>One <c>text(avg)</c> draw: the offset and length of the slice of the text pool.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void DrawText(ref long seed, int minLength, int maxLength, out int offset, out int length)
    {
        offset = TpchRandom.Uniform(ref seed, 0, TpchTextPool.Size - maxLength);
        length = TpchRandom.Uniform(ref seed, minLength, maxLength);
    }

    /// <summary>dbgen's alphanumeric string of <paramref name="minLength"/>..<paramref name="maxLength"/> characters into
    /// <paramref name="destination"/>; returns its length. Uses 1 + ceil(length / 5) draws.</summary>
    public static int AlphaNumeric(ref long seed, int minLength, int maxLength, Span<byte> destination)
    {
        ReadOnlySpan<byte> chars = AlphaNumericChars;
        int length = TpchRandom.Uniform(ref seed, minLength, maxLength);
        long bits = 0;
        for (int i = 0; i < length; i++)
        {
            if (i % 5 == 0)
            {
                bits = TpchRandom.Uniform(ref seed, 0, int.MaxValue);   // range overflows to -2^31 on purpose
            }
            destination[i] = chars[(int)(bits & 63)];
            bits >>= 6;
        }
        return length;
    }

    /// <summary>Writes <c>CC-AAA-BBB-CCCC</c> (15 bytes) for a nation key, drawing its three parts.</summary>
    public static void Phone(ref long seed, long nationKey, Span<byte> destination)
    {
        int country = 10 + (int)(nationKey % 90);
        int a = TpchRandom.Uniform(ref seed, 100, 999);
        int b = TpchRandom.Uniform(ref seed, 100, 999);
        int c = TpchRandom.Uniform(ref seed, 1000, 9999);
        WriteDigits(destination[..2], country);
        destination[2] = (byte)'-';
        WriteDigits(destination.Slice(3, 3), a);
        destination[6] = (byte)'-';
        WriteDigits(destination.Slice(7, 3), b);
        destination[10] = (byte)'-';
        WriteDigits(destination.Slice(11, 4), c);
    }

    /// <summary>Writes <paramref name="prefix"/> and <paramref name="number"/> zero-padded to at least
    /// <paramref name="minDigits"/> digits (<c>Supplier#000000001</c>); returns the bytes written.</summary>
    public static int PrefixedNumber(ReadOnlySpan<byte> prefix, long number, int minDigits, Span<byte> destination)
    {
        prefix.CopyTo(destination);
        int digits = CountDigits(number);
        int width = Math.Max(digits, minDigits);
        WriteDigits(destination.Slice(prefix.Length, width), number);
        return prefix.Length + width;
    }

    /// <summary>Number of decimal digits of a non-negative number.</summary>
    public static int CountDigits(long value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }
        return digits;
    }

    /// <summary>Writes a non-negative number right-aligned into <paramref name="destination"/>, zero-padded on the left.</summary>
    public static void WriteDigits(Span<byte> destination, long value)
    {
        for (int i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
    }
}
