using System.Globalization;
using System.Text;

namespace Manifold.Spi.Types;

/// <summary>Parses text (UTF-8) into SQL values exactly as Trino's <c>CAST(varchar AS T)</c> accepts it.</summary>
/// <remarks>
/// <para>Every method returns false for text the cast rejects; the caller builds the error. What each accepts:</para>
/// <list type="bullet">
/// <item><term>boolean</term><description><c>true</c>, <c>false</c>, <c>t</c>, <c>f</c>, <c>1</c>, <c>0</c>, any
/// case, no surrounding blanks.</description></item>
/// <item><term>integers</term><description>optional sign and ASCII digits, surrounding control characters and blanks
/// ignored (Java's <c>trim</c>).</description></item>
/// <item><term>double, real</term><description>Java's <c>Double.parseDouble</c> after trimming: <c>1.5</c>,
/// <c>-2e10</c>, <c>.5</c>, <c>NaN</c>, <c>Infinity</c>, an optional <c>d</c>/<c>f</c> suffix.</description></item>
/// <item><term>decimal(p, s)</term><description>Java's <c>BigDecimal</c> syntax, no blanks: digits with an optional
/// point and exponent, rounded half up to s digits.</description></item>
/// <item><term>date</term><description><c>[+-]Y-M-D</c> with 1–2 digit month and day, trimmed.</description></item>
/// <item><term>time(p)</term><description><c>H:M[:S[.fraction]]</c>, trimmed; the fraction is rounded half up to p digits.</description></item>
/// <item><term>timestamp(p), timestamp(p) with time zone</term><description><c>Y-M-D[ H:M[:S[.fraction]]][ zone]</c>
/// (year of at least 4 digits); the zone is ignored for timestamp and defaults to the session zone otherwise.</description></item>
/// <item><term>uuid</term><description>the canonical 8-4-4-4-12 hex form, any case.</description></item>
/// </list>
/// <para>Thread-safe; allocation-free except where noted.</para>
/// </remarks>
public static class SqlValueParser
{
    private const long MicrosPerSecond = 1_000_000;
    private const long PicosPerSecond = 1_000_000_000_000;

    private static readonly long[] s_powersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
    ];

    /// <summary>Parses a boolean: <c>true</c>/<c>false</c>/<c>t</c>/<c>f</c>/<c>1</c>/<c>0</c>, ignoring case.</summary>
    public static bool TryParseBoolean(ReadOnlySpan<byte> text, out bool value)
    {
        if (text.Length == 1)
        {
            byte c = (byte)(text[0] | 0x20);
            if (c is (byte)'t' || text[0] == '1')
            {
                value = true;
                return true;
            }
            if (c is (byte)'f' || text[0] == '0')
            {
                value = false;
                return true;
            }
        }
        if (Ascii.EqualsIgnoreCase(text, "true"u8))
        {
            value = true;
            return true;
        }
        value = false;
        return Ascii.EqualsIgnoreCase(text, "false"u8);
    }

    /// <summary>Parses a 64-bit integer: optional sign and digits, trimmed like Java's <c>String.trim</c>.</summary>
    public static bool TryParseInt64(ReadOnlySpan<byte> text, out long value)
    {
        text = JavaTrim(text);
        value = 0;
        if (text.IsEmpty)
        {
            return false;
        }
        bool negative = text[0] == '-';
        if (text[0] is (byte)'-' or (byte)'+')
        {
            text = text[1..];
            if (text.IsEmpty)
            {
                return false;
            }
        }
        ulong magnitude = 0;
        foreach (byte b in text)
        {
            uint digit = (uint)(b - '0');
            if (digit > 9 || magnitude > (ulong.MaxValue - digit) / 10)
            {
                return false;
            }
            magnitude = magnitude * 10 + digit;
        }
        if (negative)
        {
            if (magnitude > 9_223_372_036_854_775_808UL)
            {
                return false;
            }
            value = (long)(0 - magnitude);
            return true;
        }
        if (magnitude > long.MaxValue)
        {
            return false;
        }
        value = (long)magnitude;
        return true;
    }

    /// <summary>Parses a double like Java's <c>Double.parseDouble</c> after trimming.</summary>
    public static bool TryParseDouble(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        if (!TryNormalizeFloatingText(text, out ReadOnlySpan<byte> normalized, out double special))
        {
            return false;
        }
        if (normalized.IsEmpty)
        {
            value = special;
            return true;
        }
        return double.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a real like Java's <c>Float.parseFloat</c> after trimming.</summary>
    public static bool TryParseReal(ReadOnlySpan<byte> text, out float value)
    {
        value = 0;
        if (!TryNormalizeFloatingText(text, out ReadOnlySpan<byte> normalized, out double special))
        {
            return false;
        }
        if (normalized.IsEmpty)
        {
            value = (float)special;
            return true;
        }
        return float.TryParse(normalized, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Parses a decimal number (Java <c>BigDecimal</c> syntax) rounded half up to <paramref name="scale"/>
    /// fraction digits. Returns false for text that is not a number; sets <paramref name="tooLarge"/> (and returns false)
    /// when the value needs more than <paramref name="precision"/> digits.</summary>
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, int precision, int scale, out Int128 unscaled, out bool tooLarge)
    {
        unscaled = 0;
        tooLarge = false;
        if (text.IsEmpty)
        {
            return false;
        }
        int position = 0;
        bool negative = false;
        if (text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == '-';
            position++;
        }
        // Collect significant digits and the position of the point.
        int integerStart = position;
        while (position < text.Length && IsDigit(text[position]))
        {
            position++;
        }
        ReadOnlySpan<byte> integerDigits = text[integerStart..position];
        ReadOnlySpan<byte> fractionDigits = default;
        if (position < text.Length && text[position] == '.')
        {
            position++;
            int fractionStart = position;
            while (position < text.Length && IsDigit(text[position]))
            {
                position++;
            }
            fractionDigits = text[fractionStart..position];
        }
        if (integerDigits.IsEmpty && fractionDigits.IsEmpty)
        {
            return false;
        }
        long exponent = 0;
        if (position < text.Length && (text[position] | 0x20) == 'e')
        {
            position++;
            bool negativeExponent = false;
            if (position < text.Length && text[position] is (byte)'-' or (byte)'+')
            {
                negativeExponent = text[position] == '-';
                position++;
            }
            int exponentStart = position;
            while (position < text.Length && IsDigit(text[position]))
            {
                exponent = Math.Min(exponent * 10 + (text[position] - '0'), 1_000_000_000);
                position++;
            }
            if (exponentStart == position)
            {
                return false;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (position != text.Length)
        {
            return false;
        }
        // value = digits × 10^(exponent − fractionDigits); we want round(value × 10^scale).
        long shift = exponent - fractionDigits.Length + scale;
        Int128 limit = Pow10(precision);
        Int128 accumulator = 0;
        int totalDigits = integerDigits.Length + fractionDigits.Length;
        // Digits beyond the kept ones (shift < 0) decide rounding.
        long keep = totalDigits + shift;
        bool roundUp = false;
        for (int i = 0; i < totalDigits; i++)
        {
            int digit = (i < integerDigits.Length ? integerDigits[i] : fractionDigits[i - integerDigits.Length]) - '0';
            if (i < keep)
            {
                accumulator = accumulator * 10 + digit;
                if (accumulator >= limit)
                {
                    tooLarge = true;
                    return false;
                }
            }
            else if (i == keep)
            {
                roundUp = digit >= 5;
                break;
            }
        }
        for (long i = Math.Max(shift, 0); i > 0; i--)
        {
            if (accumulator == 0)
            {
                break;
            }
            accumulator *= 10;
            if (accumulator >= limit)
            {
                tooLarge = true;
                return false;
            }
        }
        if (roundUp)
        {
            accumulator++;
            if (accumulator >= limit)
            {
                tooLarge = true;
                return false;
            }
        }
        unscaled = negative ? -accumulator : accumulator;
        return true;
    }

    /// <summary>Parses a date <c>[+-]Y-M-D</c> (1–2 digit month and day) after trimming blanks; false for invalid dates.</summary>
    public static bool TryParseDate(ReadOnlySpan<byte> text, out int days)
    {
        days = 0;
        text = TrimWhitespace(text);
        int position = 0;
        if (!TryReadYear(text, ref position, minDigits: 1, maxDigits: 9, out long year)
            || !Expect(text, ref position, (byte)'-')
            || !TryReadNumber(text, ref position, 1, 2, out int month)
            || !Expect(text, ref position, (byte)'-')
            || !TryReadNumber(text, ref position, 1, 2, out int day)
            || position != text.Length
            || !IsValidDate(year, month, day))
        {
            return false;
        }
        long result = DaysFromCivil(year, month, day);
        if (result != (int)result)
        {
            return false;
        }
        days = (int)result;
        return true;
    }

    /// <summary>Parses a time <c>H:M[:S[.fraction]]</c> after trimming; the fraction is rounded half up to
    /// <paramref name="precision"/> digits (wrapping at midnight).</summary>
    public static bool TryParseTime(ReadOnlySpan<byte> text, int precision, out long picosOfDay)
    {
        picosOfDay = 0;
        text = TrimWhitespace(text);
        int position = 0;
        if (!TryReadTime(text, ref position, out int hour, out int minute, out int second, out long fraction, out int fractionDigits)
            || position != text.Length)
        {
            return false;
        }
        long picos = (((hour * 60L) + minute) * 60 + second) * PicosPerSecond + RoundFraction(fraction, fractionDigits, precision, 12);
        picosOfDay = picos % (86_400 * PicosPerSecond);
        return true;
    }

    /// <summary>Parses a timestamp <c>Y-M-D[ H:M[:S[.fraction]]]</c>, ignoring a trailing zone, rounding the
    /// fraction half up to <paramref name="precision"/> digits.</summary>
    public static bool TryParseTimestamp(ReadOnlySpan<byte> text, int precision, out long epochMicros)
    {
        epochMicros = 0;
        if (!TryParseDateTime(TrimWhitespace(text), out long localSeconds, out long fraction, out int fractionDigits, out _))
        {
            return false;
        }
        epochMicros = localSeconds * MicrosPerSecond + RoundFraction(fraction, fractionDigits, Math.Min(precision, 6), 6);
        return true;
    }

    /// <summary>Parses a timestamp with an optional zone (<c>UTC</c>, <c>+02:00</c>, <c>America/New_York</c>); without
    /// one, the wall-clock time is read in <paramref name="defaultZoneKey"/>.</summary>
    public static bool TryParseTimestampWithTimeZone(ReadOnlySpan<byte> text, int precision, short defaultZoneKey, out TimestampWithZone value)
    {
        value = default;
        if (!TryParseDateTime(TrimWhitespace(text), out long localSeconds, out long fraction, out int fractionDigits, out ReadOnlySpan<byte> zone))
        {
            return false;
        }
        short zoneKey = defaultZoneKey;
        if (!zone.IsEmpty)
        {
            string zoneName = Encoding.UTF8.GetString(zone);
            if (!TimeZoneKey.TryGetKey(zoneName, out zoneKey))
            {
                return false;
            }
        }
        long localMicros = localSeconds * MicrosPerSecond;
        long offsetMicros = TimeZoneKey.GetOffsetSecondsForLocal(zoneKey, localMicros) * MicrosPerSecond;
        value = new TimestampWithZone(localMicros - offsetMicros + RoundFraction(fraction, fractionDigits, Math.Min(precision, 6), 6), zoneKey);
        return true;
    }

    /// <summary>Parses a uuid in the canonical 8-4-4-4-12 hex form; the value is its 16 bytes read big-endian.</summary>
    public static bool TryParseUuid(ReadOnlySpan<byte> text, out Int128 value)
    {
        value = 0;
        if (text.Length != 36)
        {
            return false;
        }
        UInt128 bits = 0;
        for (int i = 0; i < 36; i++)
        {
            byte c = text[i];
            if (i is 8 or 13 or 18 or 23)
            {
                if (c != '-')
                {
                    return false;
                }
                continue;
            }
            int nibble = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (nibble < 0)
            {
                return false;
            }
            bits = (bits << 4) | (uint)nibble;
        }
        value = (Int128)bits;
        return true;
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Removes leading and trailing bytes up to blank (Java's <c>String.trim</c>).</summary>
    private static ReadOnlySpan<byte> JavaTrim(ReadOnlySpan<byte> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && text[start] <= ' ')
        {
            start++;
        }
        while (end > start && text[end - 1] <= ' ')
        {
            end--;
        }
        return text[start..end];
    }

    private static ReadOnlySpan<byte> TrimWhitespace(ReadOnlySpan<byte> text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && text[start] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v')
        {
            start++;
        }
        while (end > start && text[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or (byte)'\v')
        {
            end--;
        }
        return text[start..end];
    }

    /// <summary>Checks Java's floating-point syntax; returns the text to hand to .NET (without a d/f suffix), or an
    /// empty span and the value for NaN and Infinity.</summary>
    private static bool TryNormalizeFloatingText(ReadOnlySpan<byte> text, out ReadOnlySpan<byte> normalized, out double special)
    {
        normalized = default;
        special = 0;
        text = JavaTrim(text);
        if (text.IsEmpty)
        {
            return false;
        }
        int position = 0;
        bool negative = false;
        if (text[0] is (byte)'-' or (byte)'+')
        {
            negative = text[0] == '-';
            position++;
        }
        ReadOnlySpan<byte> body = text[position..];
        if (body.SequenceEqual("NaN"u8))
        {
            special = double.NaN;
            return true;
        }
        if (body.SequenceEqual("Infinity"u8))
        {
            special = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        int end = text.Length;
        if ((text[end - 1] | 0x20) is (byte)'d' or (byte)'f')
        {
            end--;
        }
        int digits = 0;
        while (position < end && IsDigit(text[position]))
        {
            position++;
            digits++;
        }
        if (position < end && text[position] == '.')
        {
            position++;
            while (position < end && IsDigit(text[position]))
            {
                position++;
                digits++;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        if (position < end && (text[position] | 0x20) == 'e')
        {
            position++;
            if (position < end && text[position] is (byte)'-' or (byte)'+')
            {
                position++;
            }
            int exponentStart = position;
            while (position < end && IsDigit(text[position]))
            {
                position++;
            }
            if (exponentStart == position)
            {
                return false;
            }
        }
        if (position != end)
        {
            return false;
        }
        normalized = text[..end];
        return true;
    }

    private static bool IsDigit(byte b) => (uint)(b - '0') <= 9;

    private static bool Expect(ReadOnlySpan<byte> text, ref int position, byte expected)
    {
        if (position < text.Length && text[position] == expected)
        {
            position++;
            return true;
        }
        return false;
    }

    private static bool TryReadNumber(ReadOnlySpan<byte> text, ref int position, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        int start = position;
        while (position < text.Length && position - start < maxDigits && IsDigit(text[position]))
        {
            value = value * 10 + (text[position] - '0');
            position++;
        }
        return position - start >= minDigits;
    }

    private static bool TryReadYear(ReadOnlySpan<byte> text, ref int position, int minDigits, int maxDigits, out long year)
    {
        year = 0;
        bool negative = false;
        if (position < text.Length && text[position] is (byte)'-' or (byte)'+')
        {
            negative = text[position] == '-';
            position++;
        }
        int start = position;
        while (position < text.Length && IsDigit(text[position]))
        {
            if (position - start >= maxDigits)
            {
                return false;
            }
            year = year * 10 + (text[position] - '0');
            position++;
        }
        if (position - start < minDigits)
        {
            return false;
        }
        year = negative ? -year : year;
        return true;
    }

    private static bool TryReadTime(ReadOnlySpan<byte> text, ref int position, out int hour, out int minute, out int second,
        out long fraction, out int fractionDigits)
    {
        second = 0;
        fraction = 0;
        fractionDigits = 0;
        minute = 0;
        if (!TryReadNumber(text, ref position, 1, 2, out hour) || !Expect(text, ref position, (byte)':')
            || !TryReadNumber(text, ref position, 1, 2, out minute))
        {
            return false;
        }
        if (position < text.Length && text[position] == ':')
        {
            position++;
            if (!TryReadNumber(text, ref position, 1, 2, out second))
            {
                return false;
            }
            if (position < text.Length && text[position] == '.')
            {
                position++;
                int start = position;
                while (position < text.Length && IsDigit(text[position]))
                {
                    if (position - start < 12)
                    {
                        fraction = fraction * 10 + (text[position] - '0');
                        fractionDigits++;
                    }
                    else if (position - start == 12 && text[position] >= '5')
                    {
                        // Digits past picoseconds only round.
                        fraction++;
                    }
                    position++;
                }
                if (position == start)
                {
                    return false;
                }
            }
        }
        return hour <= 23 && minute <= 59 && second <= 59;
    }

    /// <summary>Trino's DATETIME_PATTERN: <c>[+-]YYYY-M-D( (H:M(:S(.F)?)?)?\s*zone?)?</c>.</summary>
    private static bool TryParseDateTime(ReadOnlySpan<byte> text, out long localSeconds, out long fraction, out int fractionDigits,
        out ReadOnlySpan<byte> zone)
    {
        localSeconds = 0;
        fraction = 0;
        fractionDigits = 0;
        zone = default;
        int position = 0;
        if (!TryReadYear(text, ref position, minDigits: 4, maxDigits: 9, out long year)
            || !Expect(text, ref position, (byte)'-')
            || !TryReadNumber(text, ref position, 1, 2, out int month)
            || !Expect(text, ref position, (byte)'-')
            || !TryReadNumber(text, ref position, 1, 2, out int day))
        {
            return false;
        }
        int hour = 0;
        int minute = 0;
        int second = 0;
        if (position < text.Length)
        {
            if (text[position] != ' ')
            {
                return false;
            }
            position++;
            int save = position;
            if (!TryReadTime(text, ref position, out hour, out minute, out second, out fraction, out fractionDigits))
            {
                position = save;
                hour = minute = second = 0;
                fraction = 0;
                fractionDigits = 0;
                if (save < text.Length && IsDigit(text[save]))
                {
                    return false;
                }
            }
            while (position < text.Length && text[position] is (byte)' ' or (byte)'\t')
            {
                position++;
            }
            zone = text[position..];
        }
        if (!IsValidDate(year, month, day))
        {
            return false;
        }
        localSeconds = DaysFromCivil(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;
        return true;
    }

    /// <summary>Rounds a fraction of <paramref name="digits"/> digits half up to <paramref name="precision"/> digits and
    /// scales it to <paramref name="unitDigits"/> digits (6 for micros, 12 for picos).</summary>
    private static long RoundFraction(long fraction, int digits, int precision, int unitDigits)
    {
        if (digits > precision)
        {
            long factor = s_powersOfTen[digits - precision];
            fraction = (fraction + factor / 2) / factor;
            digits = precision;
        }
        return fraction * s_powersOfTen[unitDigits - digits];
    }

    private static bool IsValidDate(long year, int month, int day)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return false;
        }
        bool leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        int length = month switch
        {
            2 => leap ? 29 : 28,
            4 or 6 or 9 or 11 => 30,
            _ => 31,
        };
        return day <= length;
    }

    /// <summary>The day number (days since 1970-01-01) of a proleptic Gregorian date.</summary>
    internal static long DaysFromCivil(long year, int month, int day)
    {
        year -= month <= 2 ? 1 : 0;
        long era = (year >= 0 ? year : year - 399) / 400;
        long yearOfEra = year - era * 400;
        long dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static Int128 Pow10(int n)
    {
        Int128 result = 1;
        for (int i = 0; i < n; i++)
        {
            result *= 10;
        }
        return result;
    }
}
