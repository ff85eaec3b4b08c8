using System.Numerics;
using System.Runtime.CompilerServices;

namespace Manifold.Engine.Functions.Support;

/// <summary>Arithmetic on unscaled decimal values (long for precision up to 18, Int128 up to 38): powers of ten,
/// overflow-checked multiplication and rescaling, and division rounded half up (away from zero) as in Trino.</summary>
internal static class UnscaledDecimal
{
    public const int MaxPrecision = 38;

    private static readonly long[] s_longPowers = CreateLongPowers();
    private static readonly Int128[] s_powers = CreatePowers();

    /// <summary>10^38 − 1, the largest unscaled value of any decimal.</summary>
    public static readonly Int128 MaxUnscaled = s_powers[38] - 1;

    /// <summary>10^n for n in 0..18.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long LongPowerOfTen(int n) => s_longPowers[n];

    /// <summary>10^n for n in 0..38.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Int128 PowerOfTen(int n) => s_powers[n];

    /// <summary>True when |value| has more than 38 digits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Overflows(Int128 value) => value > MaxUnscaled || value < -MaxUnscaled;

    /// <summary>True when |value| needs more than <paramref name="precision"/> digits.</summary>
    public static bool Overflows(Int128 value, int precision)
    {
        Int128 limit = s_powers[precision];
        return value >= limit || value <= -limit;
    }

    /// <summary>The exact product, or false when it does not fit in Int128.</summary>
    public static bool TryMultiply(Int128 left, Int128 right, out Int128 product)
    {
        if (left >= long.MinValue && left <= long.MaxValue && right >= long.MinValue && right <= long.MaxValue)
        {
            long smallHigh = Math.BigMul((long)left, (long)right, out long smallLow);
            product = new Int128((ulong)smallHigh, (ulong)smallLow);
            return true;
        }
        bool negative = (left < 0) != (right < 0);
        UInt128 a = Magnitude(left);
        UInt128 b = Magnitude(right);
        ulong aHigh = (ulong)(a >> 64);
        ulong bHigh = (ulong)(b >> 64);
        if (aHigh != 0 && bHigh != 0)
        {
            product = default;
            return false;
        }
        if (aHigh == 0)
        {
            (a, b) = (b, a);
            aHigh = bHigh;
        }
        // a = aHigh·2^64 + aLow, b < 2^64.
        ulong aLow = (ulong)a;
        ulong bLow = (ulong)b;
        ulong crossHigh = Math.BigMul(aHigh, bLow, out ulong cross);
        if (crossHigh != 0)
        {
            product = default;
            return false;
        }
        ulong lowHigh = Math.BigMul(aLow, bLow, out ulong low);
        ulong high = lowHigh + cross;
        if (high < cross || high > long.MaxValue)
        {
            product = default;
            return false;
        }
        var magnitude = new UInt128(high, low);
        product = negative ? -(Int128)magnitude : (Int128)magnitude;
        return true;
    }

    /// <summary>value × 10^<paramref name="factor"/>, or false on Int128 overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryRescaleUp(Int128 value, int factor, out Int128 result)
    {
        if (factor == 0)
        {
            result = value;
            return true;
        }
        if (factor > MaxPrecision)
        {
            result = default;
            return value == 0;
        }
        return TryMultiply(value, s_powers[factor], out result);
    }

    /// <summary>value / 10^<paramref name="factor"/>, rounded half up (away from zero).</summary>
    public static Int128 RescaleDownHalfUp(Int128 value, int factor)
    {
        if (factor == 0)
        {
            return value;
        }
        if (factor > MaxPrecision)
        {
            return 0;
        }
        Int128 divisor = s_powers[factor];
        Int128 quotient = Int128.DivRem(value, divisor).Quotient;
        Int128 remainder = value - quotient * divisor;
        if (Magnitude(remainder) * 2 >= (UInt128)divisor)
        {
            quotient += value < 0 ? -1 : 1;
        }
        return quotient;
    }

    /// <summary>value / 10^<paramref name="factor"/>, rounded half up, for longs.</summary>
    public static long RescaleDownHalfUp(long value, int factor)
    {
        if (factor == 0)
        {
            return value;
        }
        if (factor > 18)
        {
            return 0;
        }
        long divisor = s_longPowers[factor];
        long quotient = value / divisor;
        long remainder = value - quotient * divisor;
        if (Math.Abs(remainder) * 2 >= divisor)
        {
            quotient += value < 0 ? -1 : 1;
        }
        return quotient;
    }

    /// <summary>round(dividend × 10^rescale / divisor) half up; false when the result overflows 38 digits.
    /// The divisor must not be zero.</summary>
    public static bool TryDivideRoundHalfUp(Int128 dividend, int rescale, Int128 divisor, out Int128 quotient)
    {
        if (TryRescaleUp(dividend, rescale, out Int128 scaled))
        {
            Int128 q = Int128.DivRem(scaled, divisor).Quotient;
            Int128 remainder = scaled - q * divisor;
            if (remainder != 0 && Magnitude(remainder) >= Magnitude(divisor) - Magnitude(remainder))
            {
                q += (scaled < 0) != (divisor < 0) ? -1 : 1;
            }
            quotient = q;
            return !Overflows(q);
        }
        // The scaled dividend needs more than 128 bits: rare, so BigInteger.
        BigInteger wide = (BigInteger)dividend * BigInteger.Pow(10, rescale);
        BigInteger bigDivisor = divisor;
        BigInteger result = BigInteger.DivRem(wide, bigDivisor, out BigInteger rest);
        if (!rest.IsZero && BigInteger.Abs(rest) * 2 >= BigInteger.Abs(bigDivisor))
        {
            result += (wide.Sign < 0) != (bigDivisor.Sign < 0) ? -1 : 1;
        }
        if (BigInteger.Abs(result) > (BigInteger)MaxUnscaled)
        {
            quotient = default;
            return false;
        }
        quotient = (Int128)result;
        return true;
    }

    /// <summary>The magnitude of a value as UInt128 (also for Int128.MinValue).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static UInt128 Magnitude(Int128 value) => value < 0 ? (UInt128)(-(value + 1)) + 1 : (UInt128)value;

    private static long[] CreateLongPowers()
    {
        var powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    private static Int128[] CreatePowers()
    {
        var powers = new Int128[39];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }
}
