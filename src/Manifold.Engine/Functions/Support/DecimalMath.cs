using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Arithmetic on unscaled decimal values held as <see cref="Int128"/> (short decimals widen losslessly).</summary>
internal static class DecimalMath
{
    private static readonly Int128[] s_powersOfTen = CreatePowers();

    /// <summary>10^<paramref name="exponent"/> for 0 ≤ exponent ≤ 38.</summary>
    public static Int128 PowerOfTen(int exponent) => s_powersOfTen[exponent];

    /// <summary>True when <paramref name="unscaled"/> has more than <paramref name="precision"/> digits.</summary>
    public static bool Overflows(Int128 unscaled, int precision) => Int128.Abs(unscaled) >= s_powersOfTen[precision];

    /// <summary><paramref name="value"/> / <paramref name="divisor"/> rounded half away from zero (HALF_UP).</summary>
    public static Int128 DivideRoundHalfUp(Int128 value, Int128 divisor)
    {
        (Int128 quotient, Int128 remainder) = Int128.DivRem(value, divisor);
        if (Int128.Abs(remainder) * 2 >= Int128.Abs(divisor))
        {
            quotient += (value < 0) != (divisor < 0) ? -1 : 1;
        }
        return quotient;
    }

    /// <summary>Changes the scale by <paramref name="delta"/> digits (positive: multiply; negative: divide with HALF_UP).</summary>
    public static Int128 Rescale(Int128 value, int delta)
        => delta >= 0 ? value * s_powersOfTen[delta] : DivideRoundHalfUp(value, s_powersOfTen[-delta]);

    /// <summary>Reads row <paramref name="row"/> of a short (<c>long</c>) or long (<c>Int128</c>) decimal reader pair.</summary>
    public static Int128 Read(in FixedReader<long> shortValues, in FixedReader<Int128> longValues, bool isShort, int row)
        => isShort ? shortValues[row] : longValues[row];

    /// <summary>The decimal value of a vector row as <see cref="Int128"/>, whatever its width.</summary>
    public static Int128 ReadUnscaled(Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        return resolved switch
        {
            FlatVector<long> shortValues => shortValues.Values[position],
            FlatVector<Int128> longValues => longValues.Values[position],
            _ => throw new InvalidOperationException($"Not a decimal vector: {vector.Type}"),
        };
    }

    /// <summary>Formats an unscaled value with <paramref name="scale"/> digits after the point (e.g. 12345, 2 → 123.45).</summary>
    public static string ToString(Int128 unscaled, int scale)
    {
        string digits = Int128.Abs(unscaled).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (scale > 0)
        {
            digits = digits.PadLeft(scale + 1, '0');
            digits = digits[..^scale] + "." + digits[^scale..];
        }
        return unscaled < 0 ? "-" + digits : digits;
    }

    private static Int128[] CreatePowers()
    {
        var powers = new Int128[DecimalType.MaxPrecision + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    /// <summary>The smallest integer (scale 0) not below the value of <paramref name="unscaled"/> at <paramref name="scale"/>.</summary>
    public static Int128 Ceiling(Int128 unscaled, int scale)
    {
        if (scale == 0)
        {
            return unscaled;
        }
        (Int128 quotient, Int128 remainder) = Int128.DivRem(unscaled, s_powersOfTen[scale]);
        return remainder > 0 ? quotient + 1 : quotient;
    }

    /// <summary>The largest integer (scale 0) not above the value.</summary>
    public static Int128 Floor(Int128 unscaled, int scale)
    {
        if (scale == 0)
        {
            return unscaled;
        }
        (Int128 quotient, Int128 remainder) = Int128.DivRem(unscaled, s_powersOfTen[scale]);
        return remainder < 0 ? quotient - 1 : quotient;
    }

    /// <summary>The value rounded half away from zero to scale 0.</summary>
    public static Int128 Round(Int128 unscaled, int scale) => scale == 0 ? unscaled : DivideRoundHalfUp(unscaled, s_powersOfTen[scale]);

    /// <summary>The value with its fraction dropped (scale 0).</summary>
    public static Int128 Truncate(Int128 unscaled, int scale) => scale == 0 ? unscaled : unscaled / s_powersOfTen[scale];
}
