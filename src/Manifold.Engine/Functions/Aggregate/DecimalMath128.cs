using System.Numerics;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>Int128 arithmetic for decimal sums and averages: overflow-tracking addition and HALF_UP division.</summary>
internal static class DecimalMath128
{
    /// <summary>10^38 - 1, the largest unscaled value of decimal(38, s).</summary>
    public static readonly Int128 MaxUnscaled = Int128.Parse("99999999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds <paramref name="value"/> to <paramref name="sum"/> with wraparound and returns the carry out of the
    /// 128-bit range (-1, 0 or 1), so that the true sum is <c>overflow * 2^128 + sum</c>.</summary>
    public static long AddWithOverflow(ref Int128 sum, Int128 value)
    {
        Int128 left = sum;
        Int128 result = left + value;
        sum = result;
        if (((left ^ result) & (value ^ result)) < 0)
        {
            return value < 0 ? -1 : 1;
        }
        return 0;
    }

    /// <summary>True when the value fits decimal(38, s).</summary>
    public static bool FitsPrecision38(Int128 value) => value <= MaxUnscaled && value >= -MaxUnscaled;

    /// <summary>The exact value <c>overflow * 2^128 + sum</c>.</summary>
    public static BigInteger ToBigInteger(Int128 sum, long overflow)
        => overflow == 0 ? (BigInteger)sum : ((BigInteger)overflow << 128) + (BigInteger)sum;

    /// <summary>Divides and rounds half away from zero (Java's HALF_UP).</summary>
    public static Int128 DivideRoundHalfUp(Int128 dividend, long divisor)
    {
        (Int128 quotient, Int128 remainder) = Int128.DivRem(dividend, divisor);
        if (remainder != 0 && Int128.Abs(remainder) * 2 >= Int128.Abs((Int128)divisor))
        {
            quotient += (dividend < 0) != (divisor < 0) ? -1 : 1;
        }
        return quotient;
    }

    /// <summary><see cref="DivideRoundHalfUp(Int128, long)"/> for values past the 128-bit range.</summary>
    public static BigInteger DivideRoundHalfUp(BigInteger dividend, long divisor)
    {
        BigInteger quotient = BigInteger.DivRem(dividend, divisor, out BigInteger remainder);
        if (!remainder.IsZero && BigInteger.Abs(remainder) * 2 >= BigInteger.Abs(divisor))
        {
            quotient += (dividend.Sign < 0) != (divisor < 0) ? -1 : 1;
        }
        return quotient;
    }
}
