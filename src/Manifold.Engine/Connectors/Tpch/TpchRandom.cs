using System.Runtime.CompilerServices;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>dbgen's random number streams: the Park–Miller generator, its range mapping and skipping ahead.</summary>
/// <remarks>
/// A stream is just its seed (a <c>long</c>); generators keep seeds in fields or locals and pass them by reference.
/// Every operation reproduces dbgen (and Trino's port) bit for bit, including the 32-bit overflow of
/// <c>Uniform(0, int.MaxValue)</c> and the 31-bit skipping of the 64-bit streams. See GENERATOR-NOTES §2.
/// </remarks>
internal static class TpchRandom
{
    public const long Modulus = 2147483647;
    public const long Multiplier = 16807;
    public const long Multiplier64 = 6364136223846793005;

    /// <summary>16807^k mod 2^31-1 for small k, so padding a row costs one multiplication.</summary>
    private static readonly long[] s_powers = CreatePowers(129);

    /// <summary>The next state of a 31-bit stream (state in 1 .. 2^31-2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long NextSeed(long seed)
    {
        // x mod (2^31 - 1) without a division: 2^31 ≡ 1. x < 2^46, so one subtraction suffices.
        long x = seed * Multiplier;
        x = (x & Modulus) + (x >> 31);
        return x >= Modulus ? x - Modulus : x;
    }

    /// <summary>dbgen's <c>uniform(low, high)</c>: advances the stream and maps it to low..high.</summary>
    /// <remarks>The range is computed in 32-bit arithmetic: for 0..int.MaxValue it overflows to -2^31, which
    /// <see cref="TpchText.AlphaNumeric"/> relies on.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Uniform(ref long seed, int low, int high)
    {
        long next = NextSeed(seed);
        seed = next;
        int range = unchecked(high - low + 1);
        return low + (int)(next / (double)Modulus * range);
    }

    /// <summary>A draw of a key column whose range may exceed 2^31 (o_custkey, l_partkey); uses the 64-bit generator when
    /// <paramref name="use64Bit"/> (SF ≥ 30000), else the 31-bit one with Trino's int range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long UniformKey(ref long seed, long low, long high, bool use64Bit)
    {
        if (!use64Bit)
        {
            return Uniform(ref seed, (int)low, (int)high);
        }
        long next = unchecked(seed * Multiplier64 + 1);
        seed = next;
        long magnitude = next < 0 ? unchecked(-next) : next;   // Math.abs: long.MinValue stays negative
        return low + magnitude % (high - low + 1);
    }

    /// <summary>Advances a stream by <paramref name="count"/> draws (dbgen's skip: binary exponentiation of 16807,
    /// applied with wrapping 64-bit products, also to the states of 64-bit streams).</summary>
    public static long Skip(long seed, long count)
    {
        long multiplier = Multiplier;
        while (count > 0)
        {
            if ((count & 1) != 0)
            {
                seed = unchecked(multiplier * seed) % Modulus;
            }
            count >>= 1;
            multiplier = multiplier * multiplier % Modulus;
        }
        return seed;
    }

    /// <summary>Advances a 31-bit stream by a small number of draws (≤ 128) with one multiplication.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Pad(long seed, int count) => s_powers[count] * seed % Modulus;

    /// <summary>Advances a stream that may be 64-bit by a small number of draws, exactly as <see cref="Skip"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long PadKey(long seed, int count, bool use64Bit) => use64Bit ? Skip(seed, count) : Pad(seed, count);

    /// <summary>The state of a stream with initial seed <paramref name="seed"/> after <paramref name="rows"/> rows of
    /// <paramref name="drawsPerRow"/> draws.</summary>
    public static long StartAt(long seed, long rows, int drawsPerRow) => Skip(seed, rows * drawsPerRow);

    private static long[] CreatePowers(int count)
    {
        var powers = new long[count];
        powers[0] = 1;
        for (int i = 1; i < count; i++)
        {
            powers[i] = powers[i - 1] * Multiplier % Modulus;
        }
        return powers;
    }
}
