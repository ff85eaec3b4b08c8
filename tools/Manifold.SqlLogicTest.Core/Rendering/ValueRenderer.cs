using System.Globalization;
using System.Numerics;
using System.Text;

namespace Manifold.SqlLogicTest;

/// <summary>Renders one result cell as the text sqllogictest compares, by the type letter of its column.</summary>
/// <remarks>
/// The letter decides, not the engine's column type, and conversions follow SQLite's <c>sqlite3_column_*</c> functions,
/// which produced the corpus:
/// <list type="bullet">
/// <item>SQL NULL (<c>null</c> or <see cref="DBNull"/>) is <c>NULL</c> whatever the letter; <see cref="bool"/> is 1 or 0.</item>
/// <item><c>I</c>: integers as they are; <see cref="float"/>, <see cref="double"/> and <see cref="decimal"/> truncated
/// toward zero (saturating at the 64-bit range, NaN is 0); text converted like <c>sqlite3_column_int64</c>: leading
/// whitespace, sign and digits, else 0.</item>
/// <item><c>R</c>: the value as a double, printed like SQLite's <c>printf("%.3f")</c> (see <see cref="FormatReal"/>);
/// text converted like <c>sqlite3_column_double</c> (the longest numeric prefix, else 0).</item>
/// <item><c>T</c>: the text; numbers in SQLite's text form (see <see cref="FormatSqliteReal"/>); the empty string is
/// <c>(empty)</c>; every character outside printable ASCII (0x20-0x7E) becomes <c>@</c>.</item>
/// </list>
/// A <see cref="float"/> is widened through its shortest decimal form (0.1f is 0.1, not 0.100000001490116), as SQLite
/// would have stored the literal. A <c>byte[]</c> is treated as text, one character per byte. Anything else is
/// rendered through <see cref="IFormattable"/>/<see cref="object.ToString"/> with the invariant culture, as text.
/// </remarks>
public static class ValueRenderer
{
    /// <summary>The rendering of SQL NULL.</summary>
    public const string Null = "NULL";

    /// <summary>The rendering of the empty string in a <c>T</c> column.</summary>
    public const string Empty = "(empty)";

    private const double TwoPow63 = 9223372036854775808.0;

    // Digits taken from a double before rounding: enough that rounding them half up rounds the exact binary value
    // (17 would round twice: 0.12345 stored as 0.1234499999999999986... would become 0.12345 and then 0.1235).
    private const int DecomposedDigits = 24;

    /// <summary>Renders <paramref name="value"/> for a column of type letter <paramref name="type"/>
    /// (<c>T</c>, <c>I</c> or <c>R</c>).</summary>
    public static string Render(object? value, char type) => type switch
    {
        'I' => RenderInteger(value),
        'R' => RenderReal(value),
        'T' => RenderText(value),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Column type letter must be T, I or R"),
    };

    /// <summary>Renders a cell of an <c>I</c> column.</summary>
    public static string RenderInteger(object? value)
    {
        switch (value)
        {
            case null or DBNull: return Null;
            case bool b: return b ? "1" : "0";
            case long l: return l.ToString(CultureInfo.InvariantCulture);
            case int i: return i.ToString(CultureInfo.InvariantCulture);
            case short s: return s.ToString(CultureInfo.InvariantCulture);
            case sbyte sb: return sb.ToString(CultureInfo.InvariantCulture);
            case byte by: return by.ToString(CultureInfo.InvariantCulture);
            case ushort us: return us.ToString(CultureInfo.InvariantCulture);
            case uint ui: return ui.ToString(CultureInfo.InvariantCulture);
            case ulong ul: return ul.ToString(CultureInfo.InvariantCulture);
            case double d: return DoubleToInt64(d).ToString(CultureInfo.InvariantCulture);
            case float f: return DoubleToInt64(Widen(f)).ToString(CultureInfo.InvariantCulture);
            case decimal m: return DecimalToInt64(m).ToString(CultureInfo.InvariantCulture);
            default: return TextToInt64(AsText(value)).ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Renders a cell of an <c>R</c> column.</summary>
    public static string RenderReal(object? value) => value switch
    {
        null or DBNull => Null,
        bool b => FormatReal(b ? 1 : 0),
        long l => FormatReal(l),
        int i => FormatReal(i),
        short s => FormatReal(s),
        sbyte sb => FormatReal(sb),
        byte by => FormatReal(by),
        ushort us => FormatReal(us),
        uint ui => FormatReal(ui),
        ulong ul => FormatReal(ul),
        double d => FormatReal(d),
        float f => FormatReal(Widen(f)),
        decimal m => FormatReal((double)m),
        _ => FormatReal(TextToDouble(AsText(value))),
    };

    /// <summary>Renders a cell of a <c>T</c> column.</summary>
    public static string RenderText(object? value)
    {
        string text = value switch
        {
            null or DBNull => Null,
            bool b => b ? "1" : "0",
            double d => FormatSqliteReal(d),
            float f => FormatSqliteReal(Widen(f)),
            decimal m => DecimalText(m),
            _ => AsText(value),
        };
        if (value is null or DBNull)
        {
            return Null;
        }
        return text.Length == 0 ? Empty : PrintableAscii(text);
    }

    /// <summary>Formats like SQLite's <c>printf("%.3f")</c>: three decimals, rounding half away from zero, and at most
    /// 16 significant digits, padded with zeros (<c>-9223372036854775808</c> is <c>-9223372036854776000.000</c>).
    /// Zero (also -0) is <c>0.000</c>; infinities are <c>Inf</c>/<c>-Inf</c>, NaN is <c>NaN</c>.</summary>
    public static string FormatReal(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0)
        {
            return "0.000";
        }
        Span<byte> digits = stackalloc byte[DecomposedDigits + 1];
        int pointPosition = Decompose(Math.Abs(value), DecomposedDigits, digits, out int digitCount);
        // Keep the digits up to the third decimal, but never more than 16 significant ones.
        int keep = Math.Min(pointPosition + 3, 16);
        pointPosition += RoundHalfUp(digits, ref digitCount, keep);

        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }
        if (pointPosition <= 0)
        {
            builder.Append('0');
        }
        for (int position = 0; position < pointPosition; position++)
        {
            builder.Append(position < digitCount ? (char)('0' + digits[position]) : '0');
        }
        builder.Append('.');
        for (int position = pointPosition; position < pointPosition + 3; position++)
        {
            builder.Append(position >= 0 && position < digitCount ? (char)('0' + digits[position]) : '0');
        }
        return builder.ToString();
    }

    /// <summary>Formats a double the way SQLite turns a REAL into text (<c>printf("%!.15g")</c>): 15 significant digits,
    /// trailing zeros dropped but at least one decimal (<c>1.0</c>), exponent form (<c>1.0e+20</c>) below 1e-4 and
    /// from 1e15 on.</summary>
    public static string FormatSqliteReal(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == 0)
        {
            return "0.0";
        }
        Span<byte> digits = stackalloc byte[DecomposedDigits + 1];
        int pointPosition = Decompose(Math.Abs(value), DecomposedDigits, digits, out int digitCount);
        pointPosition += RoundHalfUp(digits, ref digitCount, 15);
        while (digitCount > 1 && digits[digitCount - 1] == 0)
        {
            digitCount--;
        }
        int exponent = pointPosition - 1;

        var builder = new StringBuilder(32);
        if (value < 0)
        {
            builder.Append('-');
        }
        if (exponent < -4 || exponent >= 15)
        {
            builder.Append((char)('0' + digits[0])).Append('.');
            if (digitCount == 1)
            {
                builder.Append('0');
            }
            for (int i = 1; i < digitCount; i++)
            {
                builder.Append((char)('0' + digits[i]));
            }
            builder.Append('e').Append(exponent < 0 ? '-' : '+');
            builder.Append(Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture));
            return builder.ToString();
        }
        if (pointPosition <= 0)
        {
            builder.Append('0');
        }
        for (int position = 0; position < pointPosition; position++)
        {
            builder.Append(position < digitCount ? (char)('0' + digits[position]) : '0');
        }
        builder.Append('.');
        if (digitCount <= pointPosition)
        {
            builder.Append('0');
        }
        for (int position = Math.Min(pointPosition, 0); position < digitCount; position++)
        {
            if (position >= pointPosition)
            {
                builder.Append(position >= 0 ? (char)('0' + digits[position]) : '0');
            }
        }
        return builder.ToString();
    }

    /// <summary>Converts text like <c>sqlite3_column_int64</c>: optional leading whitespace, an optional sign and
    /// digits (saturating at the 64-bit range); 0 when there are no digits.</summary>
    public static long TextToInt64(string text)
    {
        int index = SkipSpace(text, 0);
        bool negative = false;
        if (index < text.Length && (text[index] == '-' || text[index] == '+'))
        {
            negative = text[index] == '-';
            index++;
        }
        BigInteger magnitude = BigInteger.Zero;
        bool any = false;
        for (; index < text.Length && char.IsAsciiDigit(text[index]); index++)
        {
            any = true;
            if (magnitude <= TwoPow63AsInteger)
            {
                magnitude = magnitude * 10 + (text[index] - '0');
            }
        }
        if (!any)
        {
            return 0;
        }
        BigInteger signed = negative ? -magnitude : magnitude;
        if (signed > long.MaxValue)
        {
            return long.MaxValue;
        }
        return signed < long.MinValue ? long.MinValue : (long)signed;
    }

    /// <summary>Converts text like <c>sqlite3_column_double</c>: the longest prefix that reads as a decimal number
    /// (after optional leading whitespace), else 0.</summary>
    public static double TextToDouble(string text)
    {
        int start = SkipSpace(text, 0);
        int index = start;
        if (index < text.Length && (text[index] == '-' || text[index] == '+'))
        {
            index++;
        }
        int mantissaDigits = 0;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
            mantissaDigits++;
        }
        if (index < text.Length && text[index] == '.')
        {
            index++;
            while (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                index++;
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0)
        {
            return 0;
        }
        int end = index;
        if (index < text.Length && (text[index] == 'e' || text[index] == 'E'))
        {
            index++;
            if (index < text.Length && (text[index] == '-' || text[index] == '+'))
            {
                index++;
            }
            if (index < text.Length && char.IsAsciiDigit(text[index]))
            {
                while (index < text.Length && char.IsAsciiDigit(text[index]))
                {
                    index++;
                }
                end = index;
            }
        }
        string number = text[start..end];
        if (number.EndsWith('.'))
        {
            number += "0";
        }
        return double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>Replaces every character outside printable ASCII (0x20-0x7E) with <c>@</c>; a surrogate pair is one
    /// character.</summary>
    public static string PrintableAscii(string text)
    {
        int i = 0;
        while (i < text.Length && text[i] >= ' ' && text[i] <= '~')
        {
            i++;
        }
        if (i == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= ' ' && c <= '~')
            {
                builder.Append(c);
                continue;
            }
            builder.Append('@');
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }
        return builder.ToString();
    }

    private static readonly BigInteger TwoPow63AsInteger = BigInteger.One << 63;

    private static int SkipSpace(string text, int index)
    {
        // sqlite3Isspace: space, \t, \n, \v, \f, \r.
        while (index < text.Length && (text[index] == ' ' || (text[index] >= '\t' && text[index] <= '\r')))
        {
            index++;
        }
        return index;
    }

    private static double Widen(float value)
        => double.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static long DoubleToInt64(double value)
    {
        // sqlite3VdbeIntValue / doubleToInt64: NaN is 0, out-of-range values saturate, the rest truncate toward zero.
        if (double.IsNaN(value))
        {
            return 0;
        }
        if (value <= -TwoPow63)
        {
            return long.MinValue;
        }
        if (value >= TwoPow63)
        {
            return long.MaxValue;
        }
        return (long)value;
    }

    private static long DecimalToInt64(decimal value)
    {
        decimal truncated = decimal.Truncate(value);
        if (truncated > long.MaxValue)
        {
            return long.MaxValue;
        }
        return truncated < long.MinValue ? long.MinValue : (long)truncated;
    }

    private static string DecimalText(decimal value)
    {
        // SQLite has no decimal type: an integral value would be an INTEGER, any other a REAL.
        if (value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue)
        {
            return ((long)value).ToString(CultureInfo.InvariantCulture);
        }
        return FormatSqliteReal((double)value);
    }

    private static string AsText(object value) => value switch
    {
        string s => s,
        byte[] bytes => Encoding.Latin1.GetString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Writes the first <paramref name="significantDigits"/> decimal digits of a positive finite value into
    /// <paramref name="digits"/> (correctly rounded) and returns the position of the decimal point: the number of
    /// digits before it (0 or negative for values below 1).</summary>
    private static int Decompose(double value, int significantDigits, Span<byte> digits, out int digitCount)
    {
        Span<char> text = stackalloc char[DecomposedDigits + 16];
        string format = "E" + (significantDigits - 1).ToString(CultureInfo.InvariantCulture);
        value.TryFormat(text, out int written, format, CultureInfo.InvariantCulture);
        text = text[..written];
        digitCount = 0;
        int i = 0;
        for (; i < text.Length && text[i] != 'E'; i++)
        {
            if (char.IsAsciiDigit(text[i]))
            {
                digits[digitCount++] = (byte)(text[i] - '0');
            }
        }
        int exponent = int.Parse(text[(i + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return exponent + 1;
    }

    /// <summary>Rounds the digit string to its first <paramref name="keep"/> digits, half up. Returns 1 when a carry
    /// added a leading digit (the decimal point moves right by one), else 0. <paramref name="keep"/> may be 0 or
    /// negative: the value then becomes 0, or one unit at position <paramref name="keep"/>.</summary>
    private static int RoundHalfUp(Span<byte> digits, ref int digitCount, int keep)
    {
        if (keep >= digitCount)
        {
            return 0;
        }
        if (keep < 0)
        {
            digitCount = 0;
            return 0;
        }
        bool up = digits[keep] >= 5;
        digitCount = keep;
        if (!up)
        {
            return 0;
        }
        for (int i = keep - 1; i >= 0; i--)
        {
            if (digits[i] < 9)
            {
                digits[i]++;
                return 0;
            }
            digits[i] = 0;
        }
        // All nines (or keep == 0): a new leading 1.
        for (int i = digitCount; i > 0; i--)
        {
            digits[i] = digits[i - 1];
        }
        digits[0] = 1;
        digitCount++;
        return 1;
    }
}
