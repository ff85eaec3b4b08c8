using System.Globalization;
using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Support;

/// <summary>Formats and parses dates and times: ISO 8601, Joda-Time patterns (format_datetime, parse_datetime) and
/// MySQL patterns (date_format, date_parse).</summary>
/// <remarks>English names only, as in Trino. Joda's <c>z</c> (zone short name) prints the zone id, since .NET has no
/// zone abbreviations.</remarks>
internal static class DateTimeText
{
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Appends a zero-padded number (a minus sign for negatives).</summary>
    public static void Pad(StringBuilder text, long value, int width)
    {
        if (value < 0)
        {
            text.Append('-');
            value = -value;
        }
        string digits = value.ToString(CultureInfo.InvariantCulture);
        text.Append('0', Math.Max(0, width - digits.Length)).Append(digits);
    }

    /// <summary>Appends an offset as +HH:MM (or +HHMM without the colon).</summary>
    public static void Offset(StringBuilder text, int offsetSeconds, bool colon)
    {
        text.Append(offsetSeconds < 0 ? '-' : '+');
        int minutes = Math.Abs(offsetSeconds) / 60;
        Pad(text, minutes / 60, 2);
        if (colon)
        {
            text.Append(':');
        }
        Pad(text, minutes % 60, 2);
    }

    /// <summary>ISO 8601: 2020-05-11, 2020-05-11T11:15:05.055, 2020-05-11T11:15:05.055+01:00 (Z for UTC).</summary>
    public static void Iso(StringBuilder text, long local, TypeKind kind, int precision, short zone, long instant)
    {
        TemporalValues.Split(local, out long year, out int month, out int day, out long time);
        Pad(text, year, 4);
        text.Append('-');
        Pad(text, month, 2);
        text.Append('-');
        Pad(text, day, 2);
        if (kind == TypeKind.Date)
        {
            return;
        }
        text.Append('T');
        Pad(text, time / CivilTime.MicrosPerHour, 2);
        text.Append(':');
        Pad(text, time / CivilTime.MicrosPerMinute % 60, 2);
        text.Append(':');
        Pad(text, time / CivilTime.MicrosPerSecond % 60, 2);
        if (precision > 0)
        {
            text.Append('.');
            Pad(text, time % CivilTime.MicrosPerSecond / TemporalValues.PrecisionUnit(precision), precision);
        }
        if (kind == TypeKind.TimestampWithTimeZone)
        {
            int offset = TimeZoneKey.GetOffsetSeconds(zone, instant);
            if (zone == TimeZoneKey.Utc)
            {
                text.Append('Z');
            }
            else
            {
                Offset(text, offset, colon: true);
            }
        }
    }

    /// <summary>Parses an ISO 8601 date (calendar, week or ordinal form) into days; false when malformed.</summary>
    public static bool TryParseIsoDate(ReadOnlySpan<char> text, out long days)
    {
        days = 0;
        int position = 0;
        if (!TryNumber(text, ref position, 4, 4, out long year))
        {
            return false;
        }
        if (position == text.Length)
        {
            days = CivilTime.ToDays(year, 1, 1);
            return true;
        }
        if (text[position++] != '-')
        {
            return false;
        }
        if (position < text.Length && text[position] == 'W')
        {
            position++;
            if (!TryNumber(text, ref position, 2, 2, out long week) || week is < 1 or > 53)
            {
                return false;
            }
            long dayOfWeek = 1;
            if (position < text.Length && (text[position++] != '-' || !TryNumber(text, ref position, 1, 1, out dayOfWeek) || dayOfWeek is < 1 or > 7))
            {
                return false;
            }
            long jan4 = CivilTime.ToDays(year, 1, 4);
            long firstMonday = jan4 - CivilTime.DayOfWeek(jan4) + 1;
            days = firstMonday + (week - 1) * 7 + dayOfWeek - 1;
            return position == text.Length;
        }
        int start = position;
        if (!TryNumber(text, ref position, 2, 3, out long number))
        {
            return false;
        }
        if (position - start == 3)
        {
            if (number < 1 || number > (CivilTime.IsLeapYear(year) ? 366 : 365) || position != text.Length)
            {
                return false;
            }
            days = CivilTime.ToDays(year, 1, 1) + number - 1;
            return true;
        }
        long dayOfMonth = 1;
        if (position < text.Length && (text[position++] != '-' || !TryNumber(text, ref position, 2, 2, out dayOfMonth)))
        {
            return false;
        }
        if (number is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > CivilTime.DaysInMonth(year, (int)number) || position != text.Length)
        {
            return false;
        }
        days = CivilTime.ToDays(year, (int)number, (int)dayOfMonth);
        return true;
    }

    /// <summary>Parses an ISO 8601 date-time (date, optional T time, optional zone) into local micros and an optional zone.</summary>
    public static bool TryParseIsoTimestamp(ReadOnlySpan<char> text, out long local, out short? zone)
    {
        local = 0;
        zone = null;
        int t = text.IndexOf('T');
        if (!TryParseIsoDate(t < 0 ? text : text[..t], out long days))
        {
            return false;
        }
        local = days * CivilTime.MicrosPerDay;
        if (t < 0)
        {
            return true;
        }
        ReadOnlySpan<char> rest = text[(t + 1)..];
        int zoneStart = rest.IndexOfAny('Z', '+', '-');
        ReadOnlySpan<char> time = zoneStart < 0 ? rest : rest[..zoneStart];
        int position = 0;
        if (!TryNumber(time, ref position, 2, 2, out long hour) || hour > 24)
        {
            return false;
        }
        long minute = 0, second = 0, fraction = 0;
        if (position < time.Length && time[position] == ':')
        {
            position++;
            if (!TryNumber(time, ref position, 2, 2, out minute) || minute > 59)
            {
                return false;
            }
            if (position < time.Length && time[position] == ':')
            {
                position++;
                if (!TryNumber(time, ref position, 2, 2, out second) || second > 59)
                {
                    return false;
                }
                if (position < time.Length && (time[position] == '.' || time[position] == ','))
                {
                    position++;
                    int digitsStart = position;
                    if (!TryNumber(time, ref position, 1, 9, out long digits))
                    {
                        return false;
                    }
                    int count = position - digitsStart;
                    fraction = count <= 6 ? digits * (long)Math.Pow(10, 6 - count) : digits / (long)Math.Pow(10, count - 6);
                }
            }
        }
        if (position != time.Length)
        {
            return false;
        }
        local += hour * CivilTime.MicrosPerHour + minute * CivilTime.MicrosPerMinute + second * CivilTime.MicrosPerSecond + fraction;
        if (zoneStart >= 0)
        {
            ReadOnlySpan<char> zoneText = rest[zoneStart..];
            if (zoneText is "Z")
            {
                zone = TimeZoneKey.Utc;
            }
            else if (TimeZoneKey.TryGetKey(zoneText.ToString(), out short key))
            {
                zone = key;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    private static bool TryNumber(ReadOnlySpan<char> text, ref int position, int minDigits, int maxDigits, out long value)
    {
        value = 0;
        int start = position;
        while (position < text.Length && position - start < maxDigits && char.IsAsciiDigit(text[position]))
        {
            value = value * 10 + (text[position++] - '0');
        }
        return position - start >= minDigits;
    }

    /// <summary>Formats with a Joda-Time pattern.</summary>
    public static void FormatJoda(StringBuilder text, string pattern, long local, short zone, long instant)
    {
        TemporalValues.Split(local, out long year, out int month, out int day, out long time);
        long days = CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
        for (int i = 0; i < pattern.Length;)
        {
            char c = pattern[i];
            int count = 1;
            while (i + count < pattern.Length && pattern[i + count] == c)
            {
                count++;
            }
            if (c == '\'')
            {
                i = Quoted(text, pattern, i);
                continue;
            }
            if (!char.IsAsciiLetter(c))
            {
                text.Append(c, count);
                i += count;
                continue;
            }
            long hour = time / CivilTime.MicrosPerHour;
            switch (c)
            {
                case 'G': text.Append(year > 0 ? "AD" : "BC"); break;
                case 'C': Pad(text, (year > 0 ? year : 1 - year) / 100, count); break;
                case 'Y': PadYear(text, year > 0 ? year : 1 - year, count); break;
                case 'y': PadYear(text, year, count); break;
                case 'x':
                    CivilTime.IsoWeek(days, out long weekYear);
                    PadYear(text, weekYear, count);
                    break;
                case 'w': Pad(text, CivilTime.IsoWeek(days, out _), count); break;
                case 'e': Pad(text, CivilTime.DayOfWeek(days), count); break;
                case 'E':
                {
                    string name = s_days[CivilTime.DayOfWeek(days) - 1];
                    text.Append(count >= 4 ? name : name[..3]);
                    break;
                }
                case 'D': Pad(text, CivilTime.DayOfYear(days), count); break;
                case 'M':
                    if (count >= 3)
                    {
                        text.Append(count >= 4 ? s_months[month - 1] : s_months[month - 1][..3]);
                    }
                    else
                    {
                        Pad(text, month, count);
                    }
                    break;
                case 'd': Pad(text, day, count); break;
                case 'a': text.Append(hour < 12 ? "AM" : "PM"); break;
                case 'h': Pad(text, hour % 12 == 0 ? 12 : hour % 12, count); break;
                case 'K': Pad(text, hour % 12, count); break;
                case 'H': Pad(text, hour, count); break;
                case 'k': Pad(text, hour == 0 ? 24 : hour, count); break;
                case 'm': Pad(text, time / CivilTime.MicrosPerMinute % 60, count); break;
                case 's': Pad(text, time / CivilTime.MicrosPerSecond % 60, count); break;
                case 'S':
                {
                    // Joda keeps milliseconds: digits past the third are zeros.
                    string millis = (time / CivilTime.MicrosPerMillisecond % 1000).ToString("D3", CultureInfo.InvariantCulture);
                    text.Append(count <= 3 ? millis[..count] : millis + new string('0', count - 3));
                    break;
                }
                case 'z': text.Append(TimeZoneKey.GetName(zone)); break;
                case 'Z':
                    if (count >= 3)
                    {
                        text.Append(TimeZoneKey.GetName(zone));
                    }
                    else
                    {
                        Offset(text, TimeZoneKey.GetOffsetSeconds(zone, instant), colon: count == 2);
                    }
                    break;
                default:
                    FunctionErrors.InvalidArgument($"Illegal pattern component: {c}");
                    break;
            }
            i += count;
        }
    }

    private static void PadYear(StringBuilder text, long year, int count)
    {
        if (count == 2)
        {
            Pad(text, CivilTime.FloorMod(year, 100), 2);
        }
        else
        {
            Pad(text, year, count);
        }
    }

    private static int Quoted(StringBuilder text, string pattern, int i)
    {
        if (i + 1 < pattern.Length && pattern[i + 1] == '\'')
        {
            text.Append('\'');
            return i + 2;
        }
        int j = i + 1;
        while (j < pattern.Length)
        {
            if (pattern[j] == '\'')
            {
                if (j + 1 < pattern.Length && pattern[j + 1] == '\'')
                {
                    text.Append('\'');
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            text.Append(pattern[j++]);
        }
        return j;
    }

    /// <summary>Formats with a MySQL date_format pattern.</summary>
    public static void FormatMySql(StringBuilder text, string format, long local)
    {
        TemporalValues.Split(local, out long year, out int month, out int day, out long time);
        long days = CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
        long hour = time / CivilTime.MicrosPerHour;
        long minute = time / CivilTime.MicrosPerMinute % 60;
        long second = time / CivilTime.MicrosPerSecond % 60;
        long hour12 = hour % 12 == 0 ? 12 : hour % 12;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 == format.Length)
            {
                text.Append(c);
                continue;
            }
            char specifier = format[++i];
            switch (specifier)
            {
                case 'a': text.Append(s_days[CivilTime.DayOfWeek(days) - 1][..3]); break;
                case 'b': text.Append(s_months[month - 1][..3]); break;
                case 'c': text.Append(month); break;
                case 'd': Pad(text, day, 2); break;
                case 'e': text.Append(day); break;
                case 'f': Pad(text, time % CivilTime.MicrosPerSecond / 1000 * 1000, 6); break;
                case 'H': Pad(text, hour, 2); break;
                case 'h' or 'I': Pad(text, hour12, 2); break;
                case 'i': Pad(text, minute, 2); break;
                case 'j': Pad(text, CivilTime.DayOfYear(days), 3); break;
                case 'k': text.Append(hour); break;
                case 'l': text.Append(hour12); break;
                case 'M': text.Append(s_months[month - 1]); break;
                case 'm': Pad(text, month, 2); break;
                case 'p': text.Append(hour < 12 ? "AM" : "PM"); break;
                case 'r':
                    Pad(text, hour12, 2);
                    text.Append(':');
                    Pad(text, minute, 2);
                    text.Append(':');
                    Pad(text, second, 2);
                    text.Append(hour < 12 ? " AM" : " PM");
                    break;
                case 'S' or 's': Pad(text, second, 2); break;
                case 'T':
                    Pad(text, hour, 2);
                    text.Append(':');
                    Pad(text, minute, 2);
                    text.Append(':');
                    Pad(text, second, 2);
                    break;
                case 'v': Pad(text, CivilTime.IsoWeek(days, out _), 2); break;
                case 'W': text.Append(s_days[CivilTime.DayOfWeek(days) - 1]); break;
                case 'x':
                    CivilTime.IsoWeek(days, out long weekYear);
                    Pad(text, weekYear, 4);
                    break;
                case 'Y': Pad(text, year, 4); break;
                case 'y': Pad(text, CivilTime.FloorMod(year, 100), 2); break;
                case '%': text.Append('%'); break;
                case 'D' or 'U' or 'u' or 'V' or 'w' or 'X':
                    FunctionErrors.InvalidArgument($"%{specifier} not supported in date format string");
                    break;
                default: text.Append(specifier); break;
            }
        }
    }

    /// <summary>Parses with a MySQL date_parse pattern into local micros; false when the text does not match.</summary>
    public static bool TryParseMySql(string text, string format, out long local)
    {
        local = 0;
        long year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, micros = 0, dayOfYear = -1;
        bool pm = false, hasMeridiem = false;
        int position = 0;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%' || i + 1 == format.Length)
            {
                if (position >= text.Length || text[position] != c)
                {
                    return false;
                }
                position++;
                continue;
            }
            char specifier = format[++i];
            bool ok = specifier switch
            {
                'Y' => TryNumber(text, ref position, 1, 4, out year),
                'y' => TryTwoDigitYear(text, ref position, out year),
                'm' or 'c' => TryNumber(text, ref position, 1, 2, out month),
                'd' or 'e' => TryNumber(text, ref position, 1, 2, out day),
                'H' or 'k' or 'h' or 'I' or 'l' => TryNumber(text, ref position, 1, 2, out hour),
                'i' => TryNumber(text, ref position, 1, 2, out minute),
                'S' or 's' => TryNumber(text, ref position, 1, 2, out second),
                'f' => TryFraction(text, ref position, out micros),
                'j' => TryNumber(text, ref position, 1, 3, out dayOfYear),
                'p' => TryMeridiem(text, ref position, out pm) && (hasMeridiem = true),
                'M' => TryName(text, ref position, s_months, full: true, out month),
                'b' => TryName(text, ref position, s_months, full: false, out month),
                'W' => TryName(text, ref position, s_days, full: true, out _),
                'a' => TryName(text, ref position, s_days, full: false, out _),
                'T' => TryNumber(text, ref position, 1, 2, out hour) && Expect(text, ref position, ':') && TryNumber(text, ref position, 1, 2, out minute)
                       && Expect(text, ref position, ':') && TryNumber(text, ref position, 1, 2, out second),
                'r' => TryNumber(text, ref position, 1, 2, out hour) && Expect(text, ref position, ':') && TryNumber(text, ref position, 1, 2, out minute)
                       && Expect(text, ref position, ':') && TryNumber(text, ref position, 1, 2, out second) && Expect(text, ref position, ' ')
                       && TryMeridiem(text, ref position, out pm) && (hasMeridiem = true),
                '%' => Expect(text, ref position, '%'),
                'D' or 'U' or 'u' or 'V' or 'w' or 'X' or 'v' or 'x' => Unsupported(specifier),
                _ => Expect(text, ref position, specifier),
            };
            if (!ok)
            {
                return false;
            }
        }
        if (position != text.Length)
        {
            return false;
        }
        if (hasMeridiem)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (month is < 1 or > 12 || day < 1 || day > CivilTime.DaysInMonth(year, (int)month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        long days = dayOfYear > 0 ? CivilTime.ToDays(year, 1, 1) + dayOfYear - 1 : CivilTime.ToDays(year, (int)month, (int)day);
        local = days * CivilTime.MicrosPerDay + hour * CivilTime.MicrosPerHour + minute * CivilTime.MicrosPerMinute + second * CivilTime.MicrosPerSecond + micros;
        return true;
    }

    private static bool Unsupported(char specifier)
    {
        FunctionErrors.InvalidArgument($"%{specifier} not supported in date format string");
        return false;
    }

    private static bool TryTwoDigitYear(ReadOnlySpan<char> text, ref int position, out long year)
    {
        if (!TryNumber(text, ref position, 2, 2, out year))
        {
            return false;
        }
        year += year < 70 ? 2000 : 1900;
        return true;
    }

    private static bool TryFraction(ReadOnlySpan<char> text, ref int position, out long micros)
    {
        int start = position;
        bool ok = TryNumber(text, ref position, 1, 9, out long digits);
        int count = position - start;
        micros = count <= 6 ? digits * (long)Math.Pow(10, 6 - count) : digits / (long)Math.Pow(10, count - 6);
        // date_parse returns timestamp(3): keep milliseconds.
        micros = micros / 1000 * 1000;
        return ok;
    }

    private static bool TryMeridiem(ReadOnlySpan<char> text, ref int position, out bool pm)
    {
        pm = false;
        if (position + 2 > text.Length)
        {
            return false;
        }
        ReadOnlySpan<char> word = text.Slice(position, 2);
        if (word.Equals("AM", StringComparison.OrdinalIgnoreCase) || word.Equals("PM", StringComparison.OrdinalIgnoreCase))
        {
            pm = char.ToUpperInvariant(word[0]) == 'P';
            position += 2;
            return true;
        }
        return false;
    }

    private static bool TryName(ReadOnlySpan<char> text, ref int position, string[] names, bool full, out long index)
    {
        for (int i = 0; i < names.Length; i++)
        {
            string name = full ? names[i] : names[i][..3];
            if (text[position..].StartsWith(name, StringComparison.OrdinalIgnoreCase))
            {
                position += name.Length;
                index = i + 1;
                return true;
            }
        }
        index = 0;
        return false;
    }

    private static bool Expect(ReadOnlySpan<char> text, ref int position, char c)
    {
        if (position < text.Length && text[position] == c)
        {
            position++;
            return true;
        }
        return false;
    }

    /// <summary>Parses with a Joda-Time pattern into local micros and an optional parsed zone; false when it does not match.</summary>
    public static bool TryParseJoda(string text, string pattern, out long local, out short? zone)
    {
        local = 0;
        zone = null;
        long year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0, millis = 0, dayOfYear = -1;
        bool pm = false, hasMeridiem = false;
        int position = 0;
        for (int i = 0; i < pattern.Length;)
        {
            char c = pattern[i];
            int count = 1;
            while (i + count < pattern.Length && pattern[i + count] == c)
            {
                count++;
            }
            if (c == '\'')
            {
                var literal = new StringBuilder();
                int next = Quoted(literal, pattern, i);
                if (!text.AsSpan(position).StartsWith(literal.ToString(), StringComparison.Ordinal))
                {
                    return false;
                }
                position += literal.Length;
                i = next;
                continue;
            }
            // A numeric field followed directly by another numeric field takes exactly its width.
            bool adjacent = i + count < pattern.Length && char.IsAsciiLetter(pattern[i + count]);
            int max = adjacent ? count : 9;
            bool ok = c switch
            {
                'y' or 'Y' or 'x' => count == 2 ? TryTwoDigitYear(text, ref position, out year) : TryNumber(text, ref position, 1, adjacent ? count : 9, out year),
                'M' when count >= 3 => TryName(text, ref position, s_months, count >= 4, out month),
                'M' => TryNumber(text, ref position, 1, Math.Max(max, 2), out month),
                'd' => TryNumber(text, ref position, 1, Math.Max(max, 2), out day),
                'D' => TryNumber(text, ref position, 1, Math.Max(max, 3), out dayOfYear),
                'H' or 'k' or 'h' or 'K' => TryNumber(text, ref position, 1, Math.Max(max, 2), out hour),
                'm' => TryNumber(text, ref position, 1, Math.Max(max, 2), out minute),
                's' => TryNumber(text, ref position, 1, Math.Max(max, 2), out second),
                'S' => TryJodaFraction(text, ref position, count, adjacent, out millis),
                'a' => TryMeridiem(text, ref position, out pm) && (hasMeridiem = true),
                'E' => TryName(text, ref position, s_days, count >= 4, out _),
                'e' => TryNumber(text, ref position, 1, 1, out _),
                'Z' or 'z' => TryZone(text, ref position, out zone),
                _ when char.IsAsciiLetter(c) => Unsupported(c),
                _ => Literal(text, ref position, c, count),
            };
            if (!ok)
            {
                return false;
            }
            i += count;
        }
        if (position != text.Length)
        {
            return false;
        }
        if (hasMeridiem)
        {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (month is < 1 or > 12 || day < 1 || day > CivilTime.DaysInMonth(year, (int)month) || hour > 24 || minute > 59 || second > 59)
        {
            return false;
        }
        long days = dayOfYear > 0 ? CivilTime.ToDays(year, 1, 1) + dayOfYear - 1 : CivilTime.ToDays(year, (int)month, (int)day);
        local = days * CivilTime.MicrosPerDay + hour * CivilTime.MicrosPerHour + minute * CivilTime.MicrosPerMinute
            + second * CivilTime.MicrosPerSecond + millis * CivilTime.MicrosPerMillisecond;
        return true;
    }

    private static bool TryJodaFraction(ReadOnlySpan<char> text, ref int position, int count, bool adjacent, out long millis)
    {
        int start = position;
        bool ok = TryNumber(text, ref position, 1, adjacent ? count : 9, out long digits);
        int length = position - start;
        millis = length <= 3 ? digits * (long)Math.Pow(10, 3 - length) : digits / (long)Math.Pow(10, length - 3);
        return ok;
    }

    private static bool TryZone(ReadOnlySpan<char> text, ref int position, out short? zone)
    {
        zone = null;
        ReadOnlySpan<char> rest = text[position..];
        if (rest.StartsWith("Z"))
        {
            zone = TimeZoneKey.Utc;
            position++;
            return true;
        }
        int length = 0;
        while (length < rest.Length && (char.IsAsciiLetterOrDigit(rest[length]) || rest[length] is '+' or '-' or ':' or '/' or '_'))
        {
            length++;
        }
        if (length > 0 && TimeZoneKey.TryGetKey(rest[..length].ToString(), out short key))
        {
            zone = key;
            position += length;
            return true;
        }
        return false;
    }

    private static bool Literal(ReadOnlySpan<char> text, ref int position, char c, int count)
    {
        for (int k = 0; k < count; k++)
        {
            if (!Expect(text, ref position, c))
            {
                return false;
            }
        }
        return true;
    }
}
