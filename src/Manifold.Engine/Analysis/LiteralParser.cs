using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Manifold.Sql.Tree;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Analysis;

/// <summary>Parses numeric, interval and date/time literal text into typed physical values.</summary>
public static partial class LiteralParser
{
    /// <summary>An integer literal: integer when it fits in 32 bits, else bigint.</summary>
    public static (object Value, SqlType Type) ParseInteger(string text, SourceLocation? location)
    {
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value))
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Invalid numeric literal: {text}", location);
        }
        return value is >= int.MinValue and <= int.MaxValue ? (checked((int)value), SqlType.Integer) : (value, SqlType.BigInt);
    }

    /// <summary>A decimal literal such as <c>1.50</c>, <c>.5</c>, <c>-3</c>: decimal(p, s) with p the digit count and s the
    /// digits after the point; the value is a long (p ≤ 18) or Int128 unscaled number.</summary>
    public static (object Value, DecimalType Type) ParseDecimal(string text, SourceLocation? location)
    {
        string trimmed = text.Trim();
        bool negative = false;
        if (trimmed.StartsWith('-') || trimmed.StartsWith('+'))
        {
            negative = trimmed[0] == '-';
            trimmed = trimmed[1..].TrimStart();
        }
        int dot = trimmed.IndexOf('.');
        string integerPart = dot < 0 ? trimmed : trimmed[..dot];
        string fractionPart = dot < 0 ? "" : trimmed[(dot + 1)..];
        if ((integerPart.Length == 0 && fractionPart.Length == 0) || !integerPart.All(char.IsAsciiDigit) || !fractionPart.All(char.IsAsciiDigit))
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Invalid decimal literal: '{text}'", location);
        }
        string digits = (integerPart + fractionPart).TrimStart('0');
        int scale = fractionPart.Length;
        int precision = Math.Max(Math.Max(digits.Length, scale), 1);
        if (precision > DecimalType.MaxPrecision)
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Decimal literal exceeds the maximum precision of {DecimalType.MaxPrecision}: {text}", location);
        }
        BigInteger unscaled = digits.Length == 0 ? BigInteger.Zero : BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (negative)
        {
            unscaled = -unscaled;
        }
        DecimalType type = DecimalType.Create(precision, scale);
        return (type.IsShort ? (object)(long)unscaled : (Int128)unscaled, type);
    }

    /// <summary>A double literal such as <c>1.5E3</c>.</summary>
    public static double ParseDouble(string text, SourceLocation? location)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            ? value
            : throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Invalid double literal: {text}", location);

    /// <summary>An interval literal: months for year-month intervals, milliseconds for day-second ones.</summary>
    public static (long Value, SqlType Type) ParseInterval(IntervalLiteral literal, SourceLocation? location)
    {
        IntervalField start = literal.StartField;
        IntervalField end = literal.EndField ?? start;
        bool yearMonth = start is IntervalField.Year or IntervalField.Month;
        if (yearMonth != end is IntervalField.Year or IntervalField.Month || end < start)
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral, $"Invalid interval qualifier: {start} TO {end}", location);
        }
        string text = literal.Value.Trim();
        bool negative = false;
        if (text.StartsWith('-') || text.StartsWith('+'))
        {
            negative = text[0] == '-';
            text = text[1..];
        }
        long value;
        try
        {
            value = yearMonth ? ParseYearMonth(text, start, end) : ParseDaySecond(text, start, end);
        }
        catch (Exception e) when (e is FormatException or OverflowException)
        {
            throw new ManifoldException(StandardErrorCode.InvalidLiteral,
                $"'{literal.Value}' is not a valid INTERVAL {start.ToString().ToUpperInvariant()}" +
                (literal.EndField is null ? "" : $" TO {end.ToString().ToUpperInvariant()}") + " literal", location);
        }
        if (negative ^ (literal.Sign == IntervalSign.Negative))
        {
            value = -value;
        }
        return (value, yearMonth ? SqlType.IntervalYearToMonth : SqlType.IntervalDayToSecond);
    }

    /// <summary>The precision of a timestamp or time literal (digits after the seconds' point) and whether it names a zone.</summary>
    public static (int Precision, bool HasZone) DescribeTimestamp(string text)
    {
        Match match = TimestampPattern().Match(text.Trim());
        if (!match.Success)
        {
            return (TimestampType.DefaultPrecision, false);
        }
        int precision = match.Groups["fraction"].Success ? match.Groups["fraction"].Value.Length : 0;
        bool zone = match.Groups["zone"].Value.Trim().Length > 0;
        return (precision, zone);
    }

    /// <summary>The precision of a time literal.</summary>
    public static int DescribeTime(string text)
    {
        Match match = TimePattern().Match(text.Trim());
        return match.Success && match.Groups["fraction"].Success ? match.Groups["fraction"].Value.Length : 0;
    }

    private static long ParseYearMonth(string text, IntervalField start, IntervalField end)
    {
        if (start == IntervalField.Year && end == IntervalField.Month)
        {
            string[] parts = text.Split('-');
            if (parts.Length != 2)
            {
                throw new FormatException();
            }
            long months = long.Parse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture);
            if (months >= 12)
            {
                throw new FormatException();
            }
            return checked(long.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture) * 12 + months);
        }
        long number = long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
        return start == IntervalField.Year ? checked(number * 12) : number;
    }

    private static long ParseDaySecond(string text, IntervalField start, IntervalField end)
    {
        // Split "d h:m:s.f" into its fields according to the qualifier.
        var fields = new List<string>();
        string rest = text;
        if (start == IntervalField.Day && end != IntervalField.Day)
        {
            int space = rest.IndexOf(' ');
            if (space < 0)
            {
                throw new FormatException();
            }
            fields.Add(rest[..space]);
            rest = rest[(space + 1)..].Trim();
            fields.AddRange(rest.Split(':'));
        }
        else
        {
            fields.AddRange(rest.Split(':'));
        }
        IntervalField[] order = [IntervalField.Day, IntervalField.Hour, IntervalField.Minute, IntervalField.Second];
        int first = Array.IndexOf(order, start);
        int last = Array.IndexOf(order, end);
        if (fields.Count != last - first + 1)
        {
            throw new FormatException();
        }
        long[] factors = [86_400_000L, 3_600_000L, 60_000L, 1_000L];
        long total = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            int field = first + i;
            string part = fields[i].Trim();
            if (order[field] == IntervalField.Second)
            {
                decimal seconds = decimal.Parse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                if (i > 0 && seconds >= 60)
                {
                    throw new FormatException();
                }
                total = checked(total + (long)decimal.Round(seconds * 1000, MidpointRounding.AwayFromZero));
            }
            else
            {
                long value = long.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
                if (i > 0 && value >= (order[field] == IntervalField.Hour ? 24 : 60))
                {
                    throw new FormatException();
                }
                total = checked(total + value * factors[field]);
            }
        }
        return total;
    }

    [GeneratedRegex(@"^[+-]?\d{1,}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.(?<fraction>\d*))?)?)?(?<zone>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^\d{1,2}:\d{1,2}(?::\d{1,2}(?:\.(?<fraction>\d*))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();
}
