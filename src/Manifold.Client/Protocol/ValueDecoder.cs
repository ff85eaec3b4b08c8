using System.Buffers.Text;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Manifold.Client.Protocol;

/// <summary>Turns the JSON values of a result row (§7.2 of the protocol reference) into CLR values.</summary>
/// <remarks>Scalars are parsed straight from the UTF-8 bytes of the page; nested values (array, map, row) through a
/// <see cref="Utf8JsonReader"/> over their bytes. Fractions of a second beyond 100 ns (time/timestamp precision 8 to 12)
/// are truncated; read the column as a string for the exact text.</remarks>
internal static class ValueDecoder
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> s_zones = new(StringComparer.Ordinal);

    /// <summary>The natural CLR value of a scalar token (null for JSON null).</summary>
    public static object? DecodeScalar(ClientType type, JsonTokenType token, ReadOnlySpan<byte> raw, bool escaped)
    {
        if (token == JsonTokenType.Null)
        {
            return null;
        }
        return type.Kind switch
        {
            TypeKind.Boolean => token == JsonTokenType.True || (token == JsonTokenType.String && raw.SequenceEqual("true"u8)),
            TypeKind.TinyInt => checked((sbyte)ParseInt64(raw)),
            TypeKind.SmallInt => checked((short)ParseInt64(raw)),
            TypeKind.Integer => checked((int)ParseInt64(raw)),
            TypeKind.BigInt => ParseInt64(raw),
            TypeKind.Real => (float)ParseDouble(raw),
            TypeKind.Double => ParseDouble(raw),
            TypeKind.Decimal => ParseDecimal(raw),
            TypeKind.Varchar or TypeKind.Char or TypeKind.Json or TypeKind.Other => GetString(raw, escaped),
            TypeKind.Varbinary => ParseBinary(raw, escaped),
            TypeKind.Date => ParseDate(raw),
            TypeKind.Time => ParseTime(raw),
            TypeKind.TimeWithTimeZone => ParseTimeWithTimeZone(raw),
            TypeKind.Timestamp => ParseTimestamp(raw),
            TypeKind.TimestampWithTimeZone => ParseTimestampWithTimeZone(raw, escaped),
            TypeKind.IntervalYearToMonth => ParseYearToMonth(raw),
            TypeKind.IntervalDayToSecond => ParseDayToSecond(raw),
            TypeKind.Uuid => Guid.Parse(Encoding.ASCII.GetString(raw)),
            TypeKind.IpAddress => IPAddress.Parse(Encoding.ASCII.GetString(raw)),
            TypeKind.Unknown => null,
            TypeKind.Array or TypeKind.Map or TypeKind.Row => throw new FormatException($"Expected a JSON container for type {type.RawType}"),
        };
    }

    /// <summary>The natural CLR value of the value starting at the reader's current token; leaves the reader on its last token.</summary>
    public static object? DecodeNested(ClientType type, ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }
        switch (type.Kind)
        {
            case TypeKind.Array:
                {
                    ExpectToken(ref reader, JsonTokenType.StartArray, type);
                    var items = new List<object?>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(DecodeNested(type.Element, ref reader));
                    }
                    Array array = Array.CreateInstance(type.Element.NullableClrType, items.Count);
                    for (int i = 0; i < items.Count; i++)
                    {
                        array.SetValue(items[i], i);
                    }
                    return array;
                }
            case TypeKind.Map:
                {
                    ExpectToken(ref reader, JsonTokenType.StartObject, type);
                    var map = (IDictionary)Activator.CreateInstance(type.ClrType)!;
                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        object key = DecodeText(type.Key, reader.GetString()!)!;
                        reader.Read();
                        map[key] = DecodeNested(type.Value, ref reader);
                    }
                    return map;
                }
            case TypeKind.Row:
                {
                    ExpectToken(ref reader, JsonTokenType.StartArray, type);
                    var fields = new object?[type.TypeArguments.Count];
                    int index = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        if (index >= fields.Length)
                        {
                            throw new FormatException("A row value has more fields than its type");
                        }
                        fields[index] = DecodeNested(type.TypeArguments[index], ref reader);
                        index++;
                    }
                    return fields;
                }
            default:
                if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
                {
                    // A value of an unknown structured type: keep its JSON text.
                    using JsonDocument document = JsonDocument.ParseValue(ref reader);
                    return document.RootElement.GetRawText();
                }
                return DecodeScalar(type, reader.TokenType, reader.ValueSpan, reader.ValueIsEscaped);
        }
    }

    /// <summary>Decodes the value at the reader's current token into <paramref name="target"/>: typed arrays
    /// (<c>int[]</c>, <c>long?[]</c>, <c>string[][]</c>), dictionaries (<c>IDictionary&lt;K,V&gt;</c>,
    /// <c>IReadOnlyDictionary&lt;K,V&gt;</c>, <c>Dictionary&lt;K,V&gt;</c>) and scalars.</summary>
    public static object? DecodeAs(ClientType type, ref Utf8JsonReader reader, Type target)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return ConvertScalar(null, target);
        }
        if (target == typeof(object) || target == type.ClrType)
        {
            return DecodeNested(type, ref reader);
        }
        if (target.IsArray && type.Kind is TypeKind.Array or TypeKind.Row)
        {
            Type elementType = target.GetElementType()!;
            var items = new List<object?>();
            int index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                ClientType itemType = type.Kind == TypeKind.Array ? type.Element : type.TypeArguments[index++];
                items.Add(DecodeAs(itemType, ref reader, elementType));
            }
            Array array = Array.CreateInstance(elementType, items.Count);
            for (int i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }
            return array;
        }
        if (type.Kind == TypeKind.Map && DictionaryTypes(target) is var (keyType, valueType))
        {
            var map = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(keyType, valueType))!;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                object? key = ConvertScalar(DecodeText(type.Key, reader.GetString()!), keyType);
                reader.Read();
                map[key!] = DecodeAs(type.Value, ref reader, valueType);
            }
            return map;
        }
        if (target == typeof(string) && reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            using JsonDocument document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.GetRawText();
        }
        return ConvertScalar(DecodeNested(type, ref reader), target);
    }

    /// <summary>Converts a natural value to a requested scalar type: the date/time conversions of the reader getters, then
    /// <see cref="Convert.ChangeType(object, Type, IFormatProvider)"/>.</summary>
    public static object? ConvertScalar(object? value, Type target)
    {
        Type? underlying = Nullable.GetUnderlyingType(target);
        if (value is null)
        {
            return target.IsValueType && underlying is null
                ? throw new InvalidCastException($"Cannot convert a NULL value to {target.Name}")
                : null;
        }
        target = underlying ?? target;
        if (target.IsInstanceOfType(value))
        {
            return value;
        }
        return (value, target) switch
        {
            (DateOnly date, _) when target == typeof(DateTime) => date.ToDateTime(TimeOnly.MinValue),
            (DateTime dateTime, _) when target == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
            (DateTime dateTime, _) when target == typeof(TimeOnly) => TimeOnly.FromDateTime(dateTime),
            (DateTime dateTime, _) when target == typeof(DateTimeOffset) => new DateTimeOffset(dateTime, TimeSpan.Zero),
            (DateTimeOffset offset, _) when target == typeof(DateTime) => offset.UtcDateTime,
            (DateTimeOffset offset, _) when target == typeof(TimeOnly) => TimeOnly.FromTimeSpan(offset.TimeOfDay),
            (DateTimeOffset offset, _) when target == typeof(DateOnly) => DateOnly.FromDateTime(offset.DateTime),
            (TimeOnly time, _) when target == typeof(TimeSpan) => time.ToTimeSpan(),
            (TimeSpan span, _) when target == typeof(TimeOnly) => TimeOnly.FromTimeSpan(span),
            (Guid guid, _) when target == typeof(string) => guid.ToString(),
            (IPAddress address, _) when target == typeof(string) => address.ToString(),
            (byte[] bytes, _) when target == typeof(string) => Convert.ToBase64String(bytes),
            (string text, _) when target == typeof(Guid) => Guid.Parse(text),
            (DateOnly date, _) when target == typeof(string) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            (TimeOnly time, _) when target == typeof(string) => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            _ when target.IsEnum => Enum.ToObject(target, Convert.ChangeType(value, Enum.GetUnderlyingType(target), CultureInfo.InvariantCulture)),
            _ => Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Key and value types when <paramref name="target"/> is a dictionary type the reader can build.</summary>
    public static (Type Key, Type Value)? DictionaryTypes(Type target)
    {
        if (target == typeof(IDictionary) || target == typeof(Hashtable))
        {
            return (typeof(object), typeof(object));
        }
        if (target.IsGenericType)
        {
            Type definition = target.GetGenericTypeDefinition();
            if (definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                Type[] arguments = target.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }
        return null;
    }

    /// <summary>A value given as text, e.g. a map key (always a JSON string).</summary>
    public static object? DecodeText(ClientType type, string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        JsonTokenType token = type.Kind is TypeKind.Boolean
            ? (text == "true" ? JsonTokenType.True : JsonTokenType.False)
            : JsonTokenType.String;
        return DecodeScalar(type, token, bytes, escaped: false);
    }

    public static string GetString(ReadOnlySpan<byte> raw, bool escaped)
        => escaped ? Encoding.UTF8.GetString(Unescape(raw)) : Encoding.UTF8.GetString(raw);

    /// <summary>The UTF-8 bytes of a JSON string's content with its escapes resolved.</summary>
    public static byte[] Unescape(ReadOnlySpan<byte> raw)
    {
        var quoted = new byte[raw.Length + 2];
        quoted[0] = (byte)'"';
        raw.CopyTo(quoted.AsSpan(1));
        quoted[^1] = (byte)'"';
        var reader = new Utf8JsonReader(quoted);
        reader.Read();
        var result = new byte[raw.Length];
        int written = reader.CopyString(result);
        return result.AsSpan(0, written).ToArray();
    }

    public static long ParseInt64(ReadOnlySpan<byte> raw)
    {
        if (Utf8Parser.TryParse(raw, out long value, out int consumed) && consumed == raw.Length)
        {
            return value;
        }
        return long.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static double ParseDouble(ReadOnlySpan<byte> raw)
    {
        if (Utf8Parser.TryParse(raw, out double value, out int consumed) && consumed == raw.Length)
        {
            return value;
        }
        if (raw.SequenceEqual("NaN"u8))
        {
            return double.NaN;
        }
        if (raw.SequenceEqual("Infinity"u8))
        {
            return double.PositiveInfinity;
        }
        if (raw.SequenceEqual("-Infinity"u8))
        {
            return double.NegativeInfinity;
        }
        return double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static decimal ParseDecimal(ReadOnlySpan<byte> raw)
    {
        if (Utf8Parser.TryParse(raw, out decimal value, out int consumed) && consumed == raw.Length)
        {
            return value;
        }
        return decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static byte[] ParseBinary(ReadOnlySpan<byte> raw, bool escaped)
    {
        ReadOnlySpan<byte> text = escaped ? Unescape(raw) : raw;
        var bytes = new byte[Base64.GetMaxDecodedFromUtf8Length(text.Length)];
        if (Base64.DecodeFromUtf8(text, bytes, out _, out int written) != System.Buffers.OperationStatus.Done)
        {
            throw new FormatException("Invalid Base64 in a varbinary value");
        }
        return written == bytes.Length ? bytes : bytes.AsSpan(0, written).ToArray();
    }

    public static DateOnly ParseDate(ReadOnlySpan<byte> raw)
    {
        if (raw.Length == 10 && raw[4] == '-' && raw[7] == '-')
        {
            return new DateOnly(Digits(raw, 0, 4), Digits(raw, 5, 2), Digits(raw, 8, 2));
        }
        throw new OverflowException($"The date '{Encoding.ASCII.GetString(raw)}' is outside the range of DateOnly; read it as a string");
    }

    public static TimeOnly ParseTime(ReadOnlySpan<byte> raw) => new(ParseTimeTicks(raw));

    /// <summary><c>HH:MM:SS[.f…]</c> as ticks since midnight.</summary>
    private static long ParseTimeTicks(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 8 || raw[2] != ':' || raw[5] != ':')
        {
            throw new FormatException($"Invalid time '{Encoding.ASCII.GetString(raw)}'");
        }
        long ticks = (Digits(raw, 0, 2) * 3600L + Digits(raw, 3, 2) * 60L + Digits(raw, 6, 2)) * TimeSpan.TicksPerSecond;
        if (raw.Length > 9 && raw[8] == '.')
        {
            ticks += FractionTicks(raw[9..]);
        }
        return ticks;
    }

    /// <summary>Fraction digits (any count) as 100 ns ticks, truncating beyond seven digits.</summary>
    private static long FractionTicks(ReadOnlySpan<byte> digits)
    {
        long ticks = 0;
        for (int i = 0; i < 7; i++)
        {
            ticks = ticks * 10 + (i < digits.Length ? Digit(digits[i]) : 0);
        }
        return ticks;
    }

    public static DateTimeOffset ParseTimeWithTimeZone(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 14)
        {
            throw new FormatException($"Invalid time with time zone '{Encoding.ASCII.GetString(raw)}'");
        }
        TimeSpan offset = ParseOffset(raw[^6..]);
        long ticks = ParseTimeTicks(raw[..^6]);
        // Like Npgsql's timetz: the time of day on 0001-01-02, so any offset stays inside DateTimeOffset's range.
        return new DateTimeOffset(TimeSpan.TicksPerDay + ticks, offset);
    }

    public static DateTime ParseTimestamp(ReadOnlySpan<byte> raw)
    {
        if (raw.Length < 19 || raw[10] != ' ')
        {
            throw new FormatException($"Invalid timestamp '{Encoding.ASCII.GetString(raw)}'");
        }
        DateOnly date = ParseDate(raw[..10]);
        return new DateTime(date.DayNumber * TimeSpan.TicksPerDay + ParseTimeTicks(raw[11..]), DateTimeKind.Unspecified);
    }

    public static DateTimeOffset ParseTimestampWithTimeZone(ReadOnlySpan<byte> raw, bool escaped)
    {
        if (escaped)
        {
            raw = Unescape(raw);
        }
        int space = raw.LastIndexOf((byte)' ');
        if (space < 19)
        {
            throw new FormatException($"Invalid timestamp with time zone '{Encoding.ASCII.GetString(raw)}'");
        }
        DateTime local = ParseTimestamp(raw[..space]);
        ReadOnlySpan<byte> zone = raw[(space + 1)..];
        TimeSpan offset = zone.Length > 0 && zone[0] is (byte)'+' or (byte)'-'
            ? ParseOffset(zone)
            : FindZone(Encoding.ASCII.GetString(zone)).GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static TimeZoneInfo FindZone(string id) => s_zones.GetOrAdd(id, static id => id is "UTC" or "Z" or "Etc/UTC"
        ? TimeZoneInfo.Utc
        : TimeZoneInfo.FindSystemTimeZoneById(id));

    /// <summary><c>±HH:MM</c>.</summary>
    private static TimeSpan ParseOffset(ReadOnlySpan<byte> raw)
    {
        if (raw.Length != 6 || raw[3] != ':')
        {
            throw new FormatException($"Invalid zone offset '{Encoding.ASCII.GetString(raw)}'");
        }
        var offset = new TimeSpan(Digits(raw, 1, 2), Digits(raw, 4, 2), 0);
        return raw[0] == '-' ? -offset : offset;
    }

    public static int ParseYearToMonth(ReadOnlySpan<byte> raw)
    {
        bool negative = raw.Length > 0 && raw[0] == '-';
        ReadOnlySpan<byte> body = negative ? raw[1..] : raw;
        int dash = body.IndexOf((byte)'-');
        if (dash <= 0)
        {
            throw new FormatException($"Invalid interval year to month '{Encoding.ASCII.GetString(raw)}'");
        }
        int months = checked((int)ParseInt64(body[..dash]) * 12 + (int)ParseInt64(body[(dash + 1)..]));
        return negative ? -months : months;
    }

    public static TimeSpan ParseDayToSecond(ReadOnlySpan<byte> raw)
    {
        bool negative = raw.Length > 0 && raw[0] == '-';
        ReadOnlySpan<byte> body = negative ? raw[1..] : raw;
        int space = body.IndexOf((byte)' ');
        if (space <= 0)
        {
            throw new FormatException($"Invalid interval day to second '{Encoding.ASCII.GetString(raw)}'");
        }
        long ticks = checked(ParseInt64(body[..space]) * TimeSpan.TicksPerDay + ParseTimeTicks(body[(space + 1)..]));
        return TimeSpan.FromTicks(negative ? -ticks : ticks);
    }

    private static int Digits(ReadOnlySpan<byte> raw, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            value = value * 10 + Digit(raw[i]);
        }
        return value;
    }

    private static int Digit(byte c)
    {
        int digit = c - '0';
        return (uint)digit <= 9 ? digit : throw new FormatException($"Expected a digit, found '{(char)c}'");
    }

    private static void ExpectToken(ref Utf8JsonReader reader, JsonTokenType expected, ClientType type)
    {
        if (reader.TokenType != expected)
        {
            throw new FormatException($"Expected {expected} for a {type.RawType} value, found {reader.TokenType}");
        }
    }
}
