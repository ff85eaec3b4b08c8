using System.Globalization;
using System.Text;
using Manifold.Spi.Vectors;
using BigInteger = System.Numerics.BigInteger;

namespace Manifold.Spi.Types;

/// <summary>Turns SQL values into text exactly as Trino does.</summary>
/// <remarks>
/// <para>Two families of methods, because Trino itself prints values two ways:</para>
/// <list type="bullet">
/// <item><term><see cref="Format(SqlType, object?)"/></term><description>the <b>display</b> text the Trino CLI prints
/// for a value received over the client protocol: <c>NULL</c> for SQL NULL, doubles and reals as Java's
/// <c>Double.toString</c>/<c>Float.toString</c> (<c>1.5</c>, <c>1.0E10</c>, <c>NaN</c>), varbinary as space-separated
/// hex pairs (<c>61 62 63</c>), arrays as <c>[1, 2, NULL]</c>, maps as <c>{a=1, b=2}</c>, rows as
/// <c>{x=1, y=abc}</c> (anonymous fields print only the value), json as its text, char(n) padded to n.</description></item>
/// <item><term><see cref="FormatCast(SqlType, object?)"/></term><description>the result of <c>CAST(x AS varchar)</c>:
/// null for SQL NULL, doubles in Trino's scientific form (<c>1.5E0</c>, <c>1.0E10</c>, <c>0E0</c>), reals likewise
/// with at most 7 significant digits. Types Trino cannot cast to varchar (arrays, maps, rows, varbinary) are
/// rejected; json is rejected here because its cast needs a JSON parser (the engine's cast kernels do it).</description></item>
/// </list>
/// <para>Everything else prints the same both ways: booleans <c>true</c>/<c>false</c>; integers in decimal; decimals
/// with exactly <c>scale</c> fraction digits (<c>12.50</c>, <c>-0.05</c>); dates <c>YYYY-MM-DD</c> (years past 9999
/// in full, years before 1 as <c>-0001</c>, proleptic Gregorian with a year 0 like Joda); <c>time(p)</c>
/// <c>HH:MM:SS.fff</c> with p fraction digits (no point when p = 0); <c>timestamp(p)</c>
/// <c>YYYY-MM-DD HH:MM:SS.fff</c> (years past 9999 with a <c>+</c> like java.time); timestamp with time zone adds a
/// blank and the zone (<c>UTC</c>, <c>America/New_York</c>, <c>+02:00</c>); intervals <c>1-2</c> and
/// <c>1 02:03:04.500</c>; uuids in lower-case canonical form.</para>
/// <para>Values are given in their physical form (as <see cref="Vector.GetObject"/> returns them) or as a vector
/// position; the vector overloads read typed arrays directly and box nothing for scalar types. Thread-safe.</para>
/// </remarks>
public static class SqlValueFormatter
{
    /// <summary>The display text of SQL NULL.</summary>
    public const string NullText = "NULL";

    private const long MillisPerSecond = 1000;
    private const long MillisPerMinute = 60 * MillisPerSecond;
    private const long MillisPerHour = 60 * MillisPerMinute;
    private const long MillisPerDay = 24 * MillisPerHour;
    private const long MicrosPerSecond = 1_000_000;
    private const long MicrosPerDay = 86_400 * MicrosPerSecond;
    private const long PicosPerSecond = 1_000_000_000_000;

    private static readonly long[] s_powersOfTen =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
    ];

    // ---------------------------------------------------------------- display form

    /// <summary>The display text (Trino CLI) of a value in physical form; <see cref="NullText"/> for null.</summary>
    /// <exception cref="InvalidCastException">The value is not in the physical form of <paramref name="type"/>.</exception>
    public static string Format(SqlType type, object? value)
    {
        if (value is null)
        {
            return NullText;
        }
        var builder = new StringBuilder();
        AppendDisplay(builder, type, value);
        return builder.ToString();
    }

    /// <summary>The display text (Trino CLI) of the value at <paramref name="position"/> of any vector encoding.</summary>
    public static string Format(Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        if (resolved.IsNull(position))
        {
            return NullText;
        }
        string? scalar = FormatScalar(resolved, position, display: true);
        if (scalar is not null)
        {
            return scalar;
        }
        var builder = new StringBuilder();
        AppendDisplay(builder, resolved, position);
        return builder.ToString();
    }

    /// <summary>Appends the display text of the value at <paramref name="position"/> to <paramref name="builder"/>.</summary>
    public static void AppendDisplay(StringBuilder builder, Vector vector, int position)
    {
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        if (resolved.IsNull(position))
        {
            builder.Append(NullText);
            return;
        }
        switch (resolved)
        {
            case ArrayVector array:
                {
                    builder.Append('[');
                    int start = array.Offsets[position];
                    int end = array.Offsets[position + 1];
                    for (int i = start; i < end; i++)
                    {
                        if (i > start)
                        {
                            builder.Append(", ");
                        }
                        AppendDisplay(builder, array.Elements, i);
                    }
                    builder.Append(']');
                    return;
                }
            case MapVector map:
                {
                    builder.Append('{');
                    int start = map.Offsets[position];
                    int end = map.Offsets[position + 1];
                    for (int i = start; i < end; i++)
                    {
                        if (i > start)
                        {
                            builder.Append(", ");
                        }
                        AppendDisplay(builder, map.Keys, i);
                        builder.Append('=');
                        AppendDisplay(builder, map.Values, i);
                    }
                    builder.Append('}');
                    return;
                }
            case RowVector row:
                {
                    builder.Append('{');
                    IReadOnlyList<RowField> fields = row.RowType.Fields;
                    for (int i = 0; i < fields.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(", ");
                        }
                        if (fields[i].Name is { } name)
                        {
                            builder.Append(name).Append('=');
                        }
                        AppendDisplay(builder, row.Fields[i], position);
                    }
                    builder.Append('}');
                    return;
                }
            default:
                builder.Append(FormatScalar(resolved, position, display: true));
                return;
        }
    }

    private static void AppendDisplay(StringBuilder builder, SqlType type, object? value)
    {
        if (value is null)
        {
            builder.Append(NullText);
            return;
        }
        switch (type)
        {
            case ArrayType array:
                {
                    builder.Append('[');
                    bool first = true;
                    foreach (object? element in (System.Collections.IEnumerable)value)
                    {
                        if (!first)
                        {
                            builder.Append(", ");
                        }
                        first = false;
                        AppendDisplay(builder, array.Element, element);
                    }
                    builder.Append(']');
                    return;
                }
            case MapType map:
                {
                    builder.Append('{');
                    IEnumerable<KeyValuePair<object, object?>> entries = value is MapValue mapValue
                        ? mapValue.Entries
                        : (IEnumerable<KeyValuePair<object, object?>>)value;
                    bool first = true;
                    foreach (KeyValuePair<object, object?> entry in entries)
                    {
                        if (!first)
                        {
                            builder.Append(", ");
                        }
                        first = false;
                        AppendDisplay(builder, map.Key, entry.Key);
                        builder.Append('=');
                        AppendDisplay(builder, map.Value, entry.Value);
                    }
                    builder.Append('}');
                    return;
                }
            case RowType row:
                {
                    builder.Append('{');
                    int i = 0;
                    foreach (object? field in (System.Collections.IEnumerable)value)
                    {
                        if (i > 0)
                        {
                            builder.Append(", ");
                        }
                        RowField definition = row.Fields[i];
                        if (definition.Name is { } name)
                        {
                            builder.Append(name).Append('=');
                        }
                        AppendDisplay(builder, definition.Type, field);
                        i++;
                    }
                    builder.Append('}');
                    return;
                }
            default:
                builder.Append(FormatScalarObject(type, value, display: true));
                return;
        }
    }

    // ---------------------------------------------------------------- CAST(x AS varchar) form

    /// <summary>True when <c>CAST(x AS varchar)</c> of <paramref name="type"/> is plain formatting that
    /// <see cref="FormatCast(SqlType, object?)"/> performs.</summary>
    public static bool CanFormatCast(SqlType type) => type.Kind switch
    {
        TypeKind.Unknown or TypeKind.Boolean or TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt
            or TypeKind.Real or TypeKind.Double or TypeKind.Decimal or TypeKind.Varchar or TypeKind.Char or TypeKind.Date
            or TypeKind.Time or TypeKind.Timestamp or TypeKind.TimestampWithTimeZone or TypeKind.IntervalYearToMonth
            or TypeKind.IntervalDayToSecond or TypeKind.Uuid => true,
        TypeKind.Varbinary or TypeKind.Json or TypeKind.Array or TypeKind.Map or TypeKind.Row => false,
    };

    /// <summary>The text of <c>CAST(x AS varchar)</c> for a value in physical form; null for SQL NULL.</summary>
    /// <exception cref="ArgumentException"><see cref="CanFormatCast"/> is false for the type.</exception>
    public static string? FormatCast(SqlType type, object? value)
    {
        if (!CanFormatCast(type))
        {
            throw new ArgumentException($"CAST of {type} to varchar is not plain formatting", nameof(type));
        }
        return value is null ? null : FormatScalarObject(type, value, display: false);
    }

    /// <summary>The text of <c>CAST(x AS varchar)</c> for the value at <paramref name="position"/>; null for SQL NULL.</summary>
    /// <exception cref="ArgumentException"><see cref="CanFormatCast"/> is false for the vector's type.</exception>
    public static string? FormatCast(Vector vector, int position)
    {
        if (!CanFormatCast(vector.Type))
        {
            throw new ArgumentException($"CAST of {vector.Type} to varchar is not plain formatting", nameof(vector));
        }
        Vector resolved = VectorBuilder.Resolve(vector, ref position);
        return resolved.IsNull(position) ? null : FormatScalar(resolved, position, display: false);
    }

    // ---------------------------------------------------------------- scalar dispatch

    private static string? FormatScalar(Vector vector, int position, bool display)
    {
        SqlType type = vector.Type;
        switch (type.Kind)
        {
            case TypeKind.Unknown:
                return display ? NullText : null;
            case TypeKind.Boolean:
                return ((FlatVector<bool>)vector).Get(position) ? "true" : "false";
            case TypeKind.TinyInt:
                return ((FlatVector<sbyte>)vector).Get(position).ToString(CultureInfo.InvariantCulture);
            case TypeKind.SmallInt:
                return ((FlatVector<short>)vector).Get(position).ToString(CultureInfo.InvariantCulture);
            case TypeKind.Integer:
                return ((FlatVector<int>)vector).Get(position).ToString(CultureInfo.InvariantCulture);
            case TypeKind.BigInt:
                return ((FlatVector<long>)vector).Get(position).ToString(CultureInfo.InvariantCulture);
            case TypeKind.Real:
                {
                    float value = ((FlatVector<float>)vector).Get(position);
                    return display ? FormatReal(value) : FormatRealCast(value);
                }
            case TypeKind.Double:
                {
                    double value = ((FlatVector<double>)vector).Get(position);
                    return display ? FormatDouble(value) : FormatDoubleCast(value);
                }
            case TypeKind.Decimal:
                {
                    var decimalType = (DecimalType)type;
                    return decimalType.IsShort
                        ? FormatDecimal(((FlatVector<long>)vector).Get(position), decimalType.Scale)
                        : FormatDecimal(((FlatVector<Int128>)vector).Get(position), decimalType.Scale);
                }
            case TypeKind.Varchar or TypeKind.Json:
                return ((BytesVector)vector).GetString(position);
            case TypeKind.Char:
                return PadChar(((BytesVector)vector).GetString(position), ((CharType)type).Length);
            case TypeKind.Varbinary:
                return FormatVarbinary(((BytesVector)vector).GetBytes(position));
            case TypeKind.Date:
                return FormatDate(((FlatVector<int>)vector).Get(position));
            case TypeKind.Time:
                return FormatTime(((FlatVector<long>)vector).Get(position), ((TimeType)type).Precision);
            case TypeKind.Timestamp:
                return FormatTimestamp(((FlatVector<long>)vector).Get(position), ((TimestampType)type).Precision);
            case TypeKind.TimestampWithTimeZone:
                return FormatTimestampWithTimeZone(((FlatVector<TimestampWithZone>)vector).Get(position),
                    ((TimestampWithTimeZoneType)type).Precision);
            case TypeKind.IntervalYearToMonth:
                return FormatIntervalYearToMonth(((FlatVector<long>)vector).Get(position));
            case TypeKind.IntervalDayToSecond:
                return FormatIntervalDayToSecond(((FlatVector<long>)vector).Get(position));
            case TypeKind.Uuid:
                return FormatUuid(((FlatVector<Int128>)vector).Get(position));
            case TypeKind.Array or TypeKind.Map or TypeKind.Row:
                return null;
        }
        return null;
    }

    private static string FormatScalarObject(SqlType type, object value, bool display)
    {
        switch (type.Kind)
        {
            case TypeKind.Unknown:
                return NullText;
            case TypeKind.Boolean:
                return (bool)value ? "true" : "false";
            case TypeKind.TinyInt or TypeKind.SmallInt or TypeKind.Integer or TypeKind.BigInt:
                return Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            case TypeKind.Real:
                return display ? FormatReal((float)value) : FormatRealCast((float)value);
            case TypeKind.Double:
                return display ? FormatDouble((double)value) : FormatDoubleCast((double)value);
            case TypeKind.Decimal:
                {
                    int scale = ((DecimalType)type).Scale;
                    return value switch
                    {
                        long unscaled => FormatDecimal(unscaled, scale),
                        Int128 unscaled => FormatDecimal(unscaled, scale),
                        decimal exact => FormatDecimal((Int128)(exact * Pow10Decimal(scale)), scale),
                        _ => throw new InvalidCastException($"Cannot format {value.GetType().Name} as {type}"),
                    };
                }
            case TypeKind.Varchar or TypeKind.Json:
                return (string)value;
            case TypeKind.Char:
                return PadChar((string)value, ((CharType)type).Length);
            case TypeKind.Varbinary:
                return FormatVarbinary((byte[])value);
            case TypeKind.Date:
                return FormatDate((int)value);
            case TypeKind.Time:
                return FormatTime((long)value, ((TimeType)type).Precision);
            case TypeKind.Timestamp:
                return FormatTimestamp((long)value, ((TimestampType)type).Precision);
            case TypeKind.TimestampWithTimeZone:
                return FormatTimestampWithTimeZone((TimestampWithZone)value, ((TimestampWithTimeZoneType)type).Precision);
            case TypeKind.IntervalYearToMonth:
                return FormatIntervalYearToMonth((long)value);
            case TypeKind.IntervalDayToSecond:
                return FormatIntervalDayToSecond((long)value);
            case TypeKind.Uuid:
                return FormatUuid((Int128)value);
            case TypeKind.Array or TypeKind.Map or TypeKind.Row:
                return Format(type, value);
        }
        throw new InvalidCastException($"Cannot format {type}");
    }

    private static decimal Pow10Decimal(int scale)
    {
        decimal result = 1m;
        for (int i = 0; i < scale; i++)
        {
            result *= 10m;
        }
        return result;
    }

    private static string PadChar(string value, int length)
    {
        int codePoints = 0;
        for (int i = 0; i < value.Length; i++)
        {
            if (!char.IsLowSurrogate(value[i]))
            {
                codePoints++;
            }
        }
        return codePoints >= length ? value : value + new string(' ', length - codePoints);
    }

    // ---------------------------------------------------------------- numbers

    /// <summary>A double as Java's <c>Double.toString</c> prints it (the Trino CLI's display):
    /// <c>1.5</c>, <c>100.0</c>, <c>1.0E7</c>, <c>1.0E-4</c>, <c>NaN</c>, <c>-Infinity</c>, <c>-0.0</c>.</summary>
    public static string FormatDouble(double value)
    {
        Span<byte> buffer = stackalloc byte[32];
        return Encoding.ASCII.GetString(buffer[..WriteDouble(value, buffer)]);
    }

    /// <summary>Writes a double as <see cref="FormatDouble"/> prints it, as ASCII, and returns the byte count;
    /// <paramref name="destination"/> needs 32 bytes.</summary>
    public static int WriteDouble(double value, Span<byte> destination)
    {
        if (double.IsNaN(value))
        {
            return WriteAscii("NaN"u8, destination);
        }
        if (double.IsInfinity(value))
        {
            return WriteAscii(value > 0 ? "Infinity"u8 : "-Infinity"u8, destination);
        }
        if (value == 0)
        {
            return WriteAscii(double.IsNegative(value) ? "-0.0"u8 : "0.0"u8, destination);
        }
        if (TryWriteHundredths(value, destination, out int written))
        {
            return written;
        }
        Span<byte> digits = stackalloc byte[32];
        int count = JavaDigits(value, digits, out int point);
        return WriteJava(double.IsNegative(value), digits[..count], point, Math.Abs(value) is >= 1e-3 and < 1e7, destination);
    }

    /// <summary>The fast path for prices and quantities: a value under 10⁷ that is the double nearest to some n / 100.
    /// Its shortest round-trip digits are those of n / 100 (any other decimal with as few digits is at least 0.01 away,
    /// far outside the value's rounding interval), and Java prints it plainly: <c>17.0</c>, <c>0.04</c>, <c>-901.5</c>.</summary>
    private static bool TryWriteHundredths(double value, Span<byte> destination, out int written)
    {
        written = 0;
        double scaled = value * 100;
        if (!(Math.Abs(scaled) < 1e9))
        {
            return false;
        }
        long hundredths = (long)Math.Round(scaled);
        if (hundredths == 0 || hundredths / 100.0 != value)
        {
            return false;
        }
        if (hundredths < 0)
        {
            destination[written++] = (byte)'-';
            hundredths = -hundredths;
        }
        long whole = Math.DivRem(hundredths, 100, out long fraction);
        whole.TryFormat(destination[written..], out int wholeLength, default, CultureInfo.InvariantCulture);
        written += wholeLength;
        destination[written++] = (byte)'.';
        destination[written++] = (byte)('0' + fraction / 10);
        if (fraction % 10 != 0)
        {
            destination[written++] = (byte)('0' + fraction % 10);
        }
        return true;
    }

    /// <summary>A real as Java's <c>Float.toString</c> prints it (the Trino CLI's display): <c>1.5</c>, <c>1.0E10</c>.</summary>
    public static string FormatReal(float value)
    {
        Span<byte> buffer = stackalloc byte[32];
        return Encoding.ASCII.GetString(buffer[..WriteReal(value, buffer)]);
    }

    /// <summary>Writes a real as <see cref="FormatReal"/> prints it, as ASCII, and returns the byte count;
    /// <paramref name="destination"/> needs 32 bytes.</summary>
    public static int WriteReal(float value, Span<byte> destination)
    {
        if (float.IsNaN(value))
        {
            return WriteAscii("NaN"u8, destination);
        }
        if (float.IsInfinity(value))
        {
            return WriteAscii(value > 0 ? "Infinity"u8 : "-Infinity"u8, destination);
        }
        if (value == 0)
        {
            return WriteAscii(float.IsNegative(value) ? "-0.0"u8 : "0.0"u8, destination);
        }
        Span<byte> digits = stackalloc byte[32];
        int count = JavaDigits(value, digits, out int point);
        return WriteJava(float.IsNegative(value), digits[..count], point, Math.Abs(value) is >= 1e-3f and < 1e7f, destination);
    }

    /// <summary><c>CAST(double AS varchar)</c>: Java's <c>DecimalFormat("0.0###################E0")</c>, so
    /// <c>1.5E0</c>, <c>1.0E10</c>, <c>-1.25E-3</c>; zero is <c>0E0</c> or <c>-0E0</c>.</summary>
    public static string FormatDoubleCast(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }
        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return double.IsNegative(value) ? "-0E0" : "0E0";
        }
        Span<byte> digits = stackalloc byte[32];
        int count = JavaDigits(value, digits, out int point);
        return FormatScientific(double.IsNegative(value), digits[..count], point);
    }

    /// <summary><c>CAST(real AS varchar)</c>: Java's <c>DecimalFormat("0.0#####E0")</c> over the shortest digits of the
    /// real, so at most 7 significant digits rounded half-even: <c>1.5E0</c>, <c>3.4028235E38</c> becomes
    /// <c>3.402823E38</c>.</summary>
    public static string FormatRealCast(float value)
    {
        if (float.IsNaN(value))
        {
            return "NaN";
        }
        if (float.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0)
        {
            return float.IsNegative(value) ? "-0E0" : "0E0";
        }
        Span<byte> digits = stackalloc byte[32];
        int count = JavaDigits(value, digits, out int point);
        if (count > 7)
        {
            // DecimalFormat rounds half-even against the exact value of double(Float.toString(value)).
            double exact = double.Parse(Encoding.ASCII.GetString(digits[..count]) + "E" + (point - count).ToString(CultureInfo.InvariantCulture),
                CultureInfo.InvariantCulture);
            bool roundUp = digits[7] > '5';
            if (digits[7] == '5')
            {
                bool restZero = true;
                for (int i = 8; i < count; i++)
                {
                    restZero &= digits[i] == '0';
                }
                if (!restZero)
                {
                    roundUp = true;
                }
                else
                {
                    int comparison = CompareExact(Math.Abs(exact), digits[..count], point);
                    roundUp = comparison > 0 || (comparison == 0 && (digits[6] - '0') % 2 == 1);
                }
            }
            count = 7;
            if (roundUp)
            {
                int i = count - 1;
                while (i >= 0 && digits[i] == '9')
                {
                    digits[i] = (byte)'0';
                    i--;
                }
                if (i < 0)
                {
                    digits[0] = (byte)'1';
                    for (int j = 1; j < count; j++)
                    {
                        digits[j] = (byte)'0';
                    }
                    point++;
                }
                else
                {
                    digits[i]++;
                }
            }
            while (count > 1 && digits[count - 1] == '0')
            {
                count--;
            }
        }
        return FormatScientific(float.IsNegative(value), digits[..count], point);
    }

    /// <summary>A decimal from its unscaled value: exactly <paramref name="scale"/> fraction digits (<c>12.50</c>,
    /// <c>-0.05</c>, <c>7</c> for scale 0).</summary>
    public static string FormatDecimal(long unscaled, int scale)
    {
        Span<byte> buffer = stackalloc byte[48];
        int written = WriteDecimal(unscaled, scale, buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>A long decimal from its unscaled value; see <see cref="FormatDecimal(long, int)"/>.</summary>
    public static string FormatDecimal(Int128 unscaled, int scale)
    {
        Span<byte> buffer = stackalloc byte[48];
        int written = WriteDecimal(unscaled, scale, buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Writes a decimal as ASCII (see <see cref="FormatDecimal(long, int)"/>) and returns the byte count.
    /// <paramref name="destination"/> needs 48 bytes.</summary>
    public static int WriteDecimal(long unscaled, int scale, Span<byte> destination)
        => WriteDecimal((Int128)unscaled, scale, destination);

    /// <summary>Writes a long decimal as ASCII and returns the byte count. <paramref name="destination"/> needs 48 bytes.</summary>
    public static int WriteDecimal(Int128 unscaled, int scale, Span<byte> destination)
    {
        Span<byte> digits = stackalloc byte[40];
        bool negative = unscaled < 0;
        UInt128 magnitude = negative ? (UInt128)(-(unscaled + 1)) + 1 : (UInt128)unscaled;
        int count = 0;
        do
        {
            UInt128 quotient = magnitude / 10;
            digits[count++] = (byte)('0' + (int)(magnitude - quotient * 10));
            magnitude = quotient;
        }
        while (magnitude != 0);
        while (count <= scale)
        {
            digits[count++] = (byte)'0';
        }
        int written = 0;
        if (negative)
        {
            destination[written++] = (byte)'-';
        }
        for (int i = count - 1; i >= 0; i--)
        {
            if (i == scale - 1)
            {
                destination[written++] = (byte)'.';
            }
            destination[written++] = digits[i];
        }
        return written;
    }

    // ---------------------------------------------------------------- date and time

    /// <summary>A date from days since 1970-01-01: <c>2024-02-29</c>, <c>10000-01-01</c>, <c>-0001-12-31</c>.</summary>
    public static string FormatDate(int days)
    {
        Span<byte> buffer = stackalloc byte[24];
        int written = WriteDate(days, buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Writes a date as ASCII and returns the byte count; <paramref name="destination"/> needs 24 bytes.</summary>
    public static int WriteDate(int days, Span<byte> destination)
    {
        CivilFromDays(days, out long year, out int month, out int day);
        int written = WriteYear(year, destination, plusBeyond9999: false);
        destination[written++] = (byte)'-';
        written += Write2(month, destination[written..]);
        destination[written++] = (byte)'-';
        written += Write2(day, destination[written..]);
        return written;
    }

    /// <summary>A <c>time(p)</c> from picoseconds of the day: <c>12:34:56.789</c> for p = 3, <c>12:34:56</c> for p = 0.</summary>
    public static string FormatTime(long picosOfDay, int precision)
    {
        Span<byte> buffer = stackalloc byte[32];
        int written = WriteTime(picosOfDay, precision, buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Writes a <c>time(p)</c> as ASCII and returns the byte count; <paramref name="destination"/> needs 21 bytes.</summary>
    public static int WriteTime(long picosOfDay, int precision, Span<byte> destination)
    {
        long seconds = picosOfDay / PicosPerSecond;
        long fraction = picosOfDay - seconds * PicosPerSecond;
        int written = Write2((int)(seconds / 3600), destination);
        destination[written++] = (byte)':';
        written += Write2((int)(seconds / 60 % 60), destination[written..]);
        destination[written++] = (byte)':';
        written += Write2((int)(seconds % 60), destination[written..]);
        if (precision > 0)
        {
            destination[written++] = (byte)'.';
            written += WriteFraction(fraction / s_powersOfTen[12 - precision], precision, destination[written..]);
        }
        return written;
    }

    /// <summary>A <c>timestamp(p)</c> from microseconds since the epoch: <c>2024-01-02 03:04:05.678</c>.</summary>
    public static string FormatTimestamp(long epochMicros, int precision)
    {
        Span<byte> buffer = stackalloc byte[48];
        int written = WriteTimestamp(epochMicros, precision, buffer);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary>Writes a <c>timestamp(p)</c> as ASCII and returns the byte count; <paramref name="destination"/> needs
    /// 40 bytes.</summary>
    public static int WriteTimestamp(long epochMicros, int precision, Span<byte> destination)
    {
        long days = Math.DivRem(epochMicros, MicrosPerDay, out long microsOfDay);
        if (microsOfDay < 0)
        {
            days--;
            microsOfDay += MicrosPerDay;
        }
        CivilFromDays(days, out long year, out int month, out int day);
        int written = WriteYear(year, destination, plusBeyond9999: true);
        destination[written++] = (byte)'-';
        written += Write2(month, destination[written..]);
        destination[written++] = (byte)'-';
        written += Write2(day, destination[written..]);
        destination[written++] = (byte)' ';
        long seconds = microsOfDay / MicrosPerSecond;
        written += Write2((int)(seconds / 3600), destination[written..]);
        destination[written++] = (byte)':';
        written += Write2((int)(seconds / 60 % 60), destination[written..]);
        destination[written++] = (byte)':';
        written += Write2((int)(seconds % 60), destination[written..]);
        if (precision > 0)
        {
            long micros = microsOfDay % MicrosPerSecond;
            destination[written++] = (byte)'.';
            written += WriteFraction(micros / s_powersOfTen[6 - Math.Min(precision, 6)], Math.Min(precision, 6), destination[written..]);
        }
        return written;
    }

    /// <summary>A <c>timestamp(p) with time zone</c>: local time in the value's zone, a blank and the zone name
    /// (<c>2024-01-02 03:04:05.678 America/New_York</c>, <c>… UTC</c>, <c>… +02:00</c>).</summary>
    public static string FormatTimestampWithTimeZone(TimestampWithZone value, int precision)
    {
        long offsetMicros = TimeZoneKey.GetOffsetSeconds(value.ZoneKey, value.EpochMicros) * MicrosPerSecond;
        return FormatTimestamp(value.EpochMicros + offsetMicros, precision) + " " + TimeZoneKey.GetName(value.ZoneKey);
    }

    /// <summary>An <c>interval year to month</c> from months: <c>1-2</c>, <c>-1-2</c>, <c>0-0</c>.</summary>
    public static string FormatIntervalYearToMonth(long months)
    {
        if (months == long.MinValue)
        {
            return "-768614336404564650-8";
        }
        string sign = months < 0 ? "-" : "";
        months = Math.Abs(months);
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{months / 12}-{months % 12}");
    }

    /// <summary>An <c>interval day to second</c> from milliseconds: <c>1 02:03:04.500</c>, <c>-0 00:00:01.000</c>.</summary>
    public static string FormatIntervalDayToSecond(long millis)
    {
        if (millis == long.MinValue)
        {
            return "-106751991167 07:12:55.808";
        }
        string sign = millis < 0 ? "-" : "";
        millis = Math.Abs(millis);
        long days = millis / MillisPerDay;
        long hours = millis % MillisPerDay / MillisPerHour;
        long minutes = millis % MillisPerHour / MillisPerMinute;
        long seconds = millis % MillisPerMinute / MillisPerSecond;
        long fraction = millis % MillisPerSecond;
        return string.Create(CultureInfo.InvariantCulture, $"{sign}{days} {hours:D2}:{minutes:D2}:{seconds:D2}.{fraction:D3}");
    }

    // ---------------------------------------------------------------- other scalars

    /// <summary>A uuid (its 16 bytes read big-endian) in lower-case canonical form.</summary>
    public static string FormatUuid(Int128 value)
    {
        UInt128 bits = (UInt128)value;
        Span<char> hex = stackalloc char[36];
        int position = 35;
        for (int nibble = 0; nibble < 32; nibble++)
        {
            if (position is 8 or 13 or 18 or 23)
            {
                hex[position--] = '-';
            }
            hex[position--] = "0123456789abcdef"[(int)(bits & 0xF)];
            bits >>= 4;
        }
        return new string(hex);
    }

    /// <summary>Varbinary as the Trino CLI shows it: lower-case hex pairs separated by blanks (<c>61 62 63</c>).</summary>
    public static string FormatVarbinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "";
        }
        return string.Create(bytes.Length * 3 - 1, bytes.ToArray(), static (chars, data) =>
        {
            for (int i = 0; i < data.Length; i++)
            {
                int at = i * 3;
                if (i > 0)
                {
                    chars[at - 1] = ' ';
                }
                chars[at] = "0123456789abcdef"[data[i] >> 4];
                chars[at + 1] = "0123456789abcdef"[data[i] & 0xF];
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>Proleptic Gregorian calendar date of a day number (days since 1970-01-01), with a year 0.</summary>
    internal static void CivilFromDays(long days, out long year, out int month, out int day)
    {
        long z = days + 719_468;
        long era = (z >= 0 ? z : z - 146_096) / 146_097;
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long shiftedMonth = (5 * dayOfYear + 2) / 153;
        day = (int)(dayOfYear - (153 * shiftedMonth + 2) / 5 + 1);
        month = (int)(shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9);
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    }

    private static int WriteYear(long year, Span<byte> destination, bool plusBeyond9999)
    {
        int written = 0;
        if (year < 0)
        {
            destination[written++] = (byte)'-';
            year = -year;
        }
        else if (year > 9999 && plusBeyond9999)
        {
            destination[written++] = (byte)'+';
        }
        Span<byte> digits = stackalloc byte[20];
        int count = 0;
        do
        {
            digits[count++] = (byte)('0' + (int)(year % 10));
            year /= 10;
        }
        while (year != 0);
        while (count < 4)
        {
            digits[count++] = (byte)'0';
        }
        for (int i = count - 1; i >= 0; i--)
        {
            destination[written++] = digits[i];
        }
        return written;
    }

    private static int Write2(int value, Span<byte> destination)
    {
        destination[0] = (byte)('0' + value / 10);
        destination[1] = (byte)('0' + value % 10);
        return 2;
    }

    private static int WriteFraction(long value, int digits, Span<byte> destination)
    {
        for (int i = digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (int)(value % 10));
            value /= 10;
        }
        return digits;
    }

    private static int WriteJava(bool negative, ReadOnlySpan<byte> digits, int point, bool plain, Span<byte> destination)
    {
        int written = 0;
        if (negative)
        {
            destination[written++] = (byte)'-';
        }
        if (!plain)
        {
            return written + WriteScientific(digits, point, destination[written..]);
        }
        if (point <= 0)
        {
            written += WriteAscii("0."u8, destination[written..]);
            destination.Slice(written, -point).Fill((byte)'0');
            written -= point;
            written += WriteAscii(digits, destination[written..]);
        }
        else if (point >= digits.Length)
        {
            written += WriteAscii(digits, destination[written..]);
            destination.Slice(written, point - digits.Length).Fill((byte)'0');
            written += point - digits.Length;
            written += WriteAscii(".0"u8, destination[written..]);
        }
        else
        {
            written += WriteAscii(digits[..point], destination[written..]);
            destination[written++] = (byte)'.';
            written += WriteAscii(digits[point..], destination[written..]);
        }
        return written;
    }

    private static string FormatScientific(bool negative, ReadOnlySpan<byte> digits, int point)
    {
        Span<byte> buffer = stackalloc byte[40];
        int written = 0;
        if (negative)
        {
            buffer[written++] = (byte)'-';
        }
        written += WriteScientific(digits, point, buffer[written..]);
        return Encoding.ASCII.GetString(buffer[..written]);
    }

    /// <summary><c>d.dddE±x</c> (at least one fraction digit); returns the byte count.</summary>
    private static int WriteScientific(ReadOnlySpan<byte> digits, int point, Span<byte> destination)
    {
        int written = 0;
        destination[written++] = digits[0];
        destination[written++] = (byte)'.';
        if (digits.Length == 1)
        {
            destination[written++] = (byte)'0';
        }
        else
        {
            written += WriteAscii(digits[1..], destination[written..]);
        }
        destination[written++] = (byte)'E';
        (point - 1).TryFormat(destination[written..], out int exponentLength, default, CultureInfo.InvariantCulture);
        return written + exponentLength;
    }

    private static int WriteAscii(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    /// <summary>The decimal digits Java's <c>Double.toString</c> chooses for a finite non-zero value: the shortest that
    /// round-trip, and when that is a single digit, the closest of one or two digits. The value is
    /// <c>0.d1d2… × 10^point</c>.</summary>
    private static int JavaDigits(double value, Span<byte> digits, out int point)
    {
        double magnitude = Math.Abs(value);
        Span<char> text = stackalloc char[40];
        magnitude.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        int count = ParseDigits(text[..length], digits, out point);
        if (count == 1)
        {
            count = TwoDigitCandidate(magnitude, digits, ref point, isFloat: false);
        }
        return count;
    }

    private static int JavaDigits(float value, Span<byte> digits, out int point)
    {
        float magnitude = Math.Abs(value);
        Span<char> text = stackalloc char[40];
        magnitude.TryFormat(text, out int length, "R", CultureInfo.InvariantCulture);
        int count = ParseDigits(text[..length], digits, out point);
        if (count == 1)
        {
            count = TwoDigitCandidate(magnitude, digits, ref point, isFloat: true);
        }
        return count;
    }

    private static int ParseDigits(ReadOnlySpan<char> text, Span<byte> digits, out int point)
    {
        int exponent = 0;
        int e = text.IndexOfAny('E', 'e');
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }
        int count = 0;
        int integerDigits = -1;
        foreach (char c in text)
        {
            if (c == '.')
            {
                integerDigits = count;
            }
            else
            {
                digits[count++] = (byte)c;
            }
        }
        if (integerDigits < 0)
        {
            integerDigits = count;
        }
        int leading = 0;
        while (leading < count - 1 && digits[leading] == '0')
        {
            leading++;
        }
        if (leading > 0)
        {
            digits[leading..count].CopyTo(digits);
            count -= leading;
            integerDigits -= leading;
        }
        while (count > 1 && digits[count - 1] == '0')
        {
            count--;
        }
        point = integerDigits + exponent;
        return count;
    }

    /// <summary>Java prefers a two-digit decimal when it is closer to the value than the shortest single digit
    /// (e.g. <c>4.9E-324</c> rather than <c>5E-324</c>).</summary>
    private static int TwoDigitCandidate(double magnitude, Span<byte> digits, ref int point, bool isFloat)
    {
        int single = digits[0] - '0';
        int exponent = point - 2; // candidate = c × 10^exponent with c two digits
        // Every value that rounds to the magnitude lies in an interval at most one ulp wide, and the single digit is in
        // it; a neighbour is at least 10^exponent away, so when that is wider than the ulp (any value not near the
        // ends of the range) none can round-trip. The factor 2 absorbs Math.Pow's rounding.
        double ulp = isFloat ? MathF.BitIncrement((float)magnitude) - (float)magnitude : Math.BitIncrement(magnitude) - magnitude;
        if (Math.Pow(10, exponent) > 2 * ulp)
        {
            return 1;
        }
        int best = single * 10;
        bool found = false;
        for (int neighbour = best - 9; neighbour <= best + 9; neighbour++)
        {
            if (neighbour == best || neighbour < 10 || neighbour > 99)
            {
                continue;
            }
            if (!RoundsTo(magnitude, neighbour, exponent, isFloat))
            {
                continue;
            }
            found = true;
            int comparison = CompareDistance(magnitude, neighbour, best, exponent);
            if (comparison < 0 || (comparison == 0 && neighbour % 2 == 0))
            {
                best = neighbour;
            }
        }
        if (!found || best == single * 10)
        {
            return 1;
        }
        digits[0] = (byte)('0' + best / 10);
        digits[1] = (byte)('0' + best % 10);
        return best % 10 == 0 ? 1 : 2;
    }

    private static bool RoundsTo(double magnitude, int candidate, int exponent, bool isFloat)
    {
        string text = candidate.ToString(CultureInfo.InvariantCulture) + "E" + exponent.ToString(CultureInfo.InvariantCulture);
        return isFloat
            ? float.Parse(text, CultureInfo.InvariantCulture) == (float)magnitude
            : double.Parse(text, CultureInfo.InvariantCulture) == magnitude;
    }

    /// <summary>Compares |a × 10^e − x| with |b × 10^e − x| exactly; negative when a is closer.</summary>
    private static int CompareDistance(double x, int a, int b, int exponent)
    {
        ToRational(x, out BigInteger numerator, out BigInteger denominator);
        BigInteger scaleNumerator = exponent >= 0 ? BigInteger.Pow(10, exponent) : BigInteger.One;
        BigInteger scaleDenominator = exponent >= 0 ? BigInteger.One : BigInteger.Pow(10, -exponent);
        // distance(c) = |c·sn/sd − n/d| = |c·sn·d − n·sd| / (sd·d): compare numerators.
        BigInteger da = BigInteger.Abs(a * scaleNumerator * denominator - numerator * scaleDenominator);
        BigInteger db = BigInteger.Abs(b * scaleNumerator * denominator - numerator * scaleDenominator);
        return da.CompareTo(db);
    }

    /// <summary>Compares a double exactly with the decimal <c>0.digits × 10^point</c>.</summary>
    private static int CompareExact(double x, ReadOnlySpan<byte> digits, int point)
    {
        ToRational(x, out BigInteger numerator, out BigInteger denominator);
        BigInteger decimalValue = BigInteger.Parse(Encoding.ASCII.GetString(digits), CultureInfo.InvariantCulture);
        int exponent = point - digits.Length;
        BigInteger decimalNumerator = exponent >= 0 ? decimalValue * BigInteger.Pow(10, exponent) : decimalValue;
        BigInteger decimalDenominator = exponent >= 0 ? BigInteger.One : BigInteger.Pow(10, -exponent);
        return (numerator * decimalDenominator).CompareTo(decimalNumerator * denominator);
    }

    private static void ToRational(double x, out BigInteger numerator, out BigInteger denominator)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int rawExponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFF;
        if (rawExponent == 0)
        {
            rawExponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        int exponent = rawExponent - 1075;
        numerator = mantissa;
        denominator = BigInteger.One;
        if (exponent >= 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }
    }
}
