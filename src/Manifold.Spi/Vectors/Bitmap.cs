using System.Numerics;
using System.Runtime.CompilerServices;

namespace Manifold.Spi.Vectors;

/// <summary>Helpers for bitmaps stored as <c>ulong[]</c>, bit <c>i</c> in word <c>i / 64</c>. Vectors use them for nulls (bit set = null).</summary>
public static class Bitmap
{
    /// <summary>Number of words needed for <paramref name="bitCount"/> bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordCount(int bitCount) => (bitCount + 63) >> 6;

    /// <summary>A zeroed bitmap with room for <paramref name="bitCount"/> bits.</summary>
    public static ulong[] Allocate(int bitCount) => new ulong[WordCount(bitCount)];

    /// <summary>Reads bit <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Get(ulong[] bits, int index) => (bits[index >> 6] & (1UL << index)) != 0;

    /// <summary>Reads bit <paramref name="index"/>, treating a null bitmap as all zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool GetOrFalse(ulong[]? bits, int index) => bits is not null && (bits[index >> 6] & (1UL << index)) != 0;

    /// <summary>Sets bit <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << index;

    /// <summary>Clears bit <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Clear(ulong[] bits, int index) => bits[index >> 6] &= ~(1UL << index);

    /// <summary>Sets or clears bit <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Assign(ulong[] bits, int index, bool value)
    {
        if (value)
        {
            Set(bits, index);
        }
        else
        {
            Clear(bits, index);
        }
    }

    /// <summary>True when any of the first <paramref name="bitCount"/> bits is set.</summary>
    public static bool AnySet(ulong[]? bits, int bitCount)
    {
        if (bits is null || bitCount == 0)
        {
            return false;
        }
        int fullWords = bitCount >> 6;
        for (int i = 0; i < fullWords; i++)
        {
            if (bits[i] != 0)
            {
                return true;
            }
        }
        int rest = bitCount & 63;
        return rest != 0 && (bits[fullWords] & ((1UL << rest) - 1)) != 0;
    }

    /// <summary>Number of set bits among the first <paramref name="bitCount"/>.</summary>
    public static int PopCount(ulong[]? bits, int bitCount)
    {
        if (bits is null)
        {
            return 0;
        }
        int count = 0;
        int fullWords = bitCount >> 6;
        for (int i = 0; i < fullWords; i++)
        {
            count += BitOperations.PopCount(bits[i]);
        }
        int rest = bitCount & 63;
        if (rest != 0)
        {
            count += BitOperations.PopCount(bits[fullWords] & ((1UL << rest) - 1));
        }
        return count;
    }

    /// <summary>The union (bitwise or) of two optional bitmaps over <paramref name="bitCount"/> bits; null when both are null.</summary>
    public static ulong[]? Or(ulong[]? left, ulong[]? right, int bitCount)
    {
        if (left is null)
        {
            return right is null ? null : CopyOf(right, bitCount);
        }
        if (right is null)
        {
            return CopyOf(left, bitCount);
        }
        int words = WordCount(bitCount);
        var result = new ulong[words];
        for (int i = 0; i < words; i++)
        {
            result[i] = left[i] | right[i];
        }
        return result;
    }

    /// <summary>A copy of the first <paramref name="bitCount"/> bits.</summary>
    public static ulong[] CopyOf(ulong[] bits, int bitCount)
    {
        var copy = new ulong[WordCount(bitCount)];
        Array.Copy(bits, copy, copy.Length);
        return copy;
    }

    /// <summary>Gathers the bits at <paramref name="positions"/> into a new bitmap; null when none is set.</summary>
    public static ulong[]? Take(ulong[]? bits, ReadOnlySpan<int> positions)
    {
        if (bits is null)
        {
            return null;
        }
        ulong[]? result = null;
        for (int i = 0; i < positions.Length; i++)
        {
            if (Get(bits, positions[i]))
            {
                result ??= Allocate(positions.Length);
                Set(result, i);
            }
        }
        return result;
    }
}
