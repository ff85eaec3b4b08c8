using System.Text;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Parses the UTF-8 text of one varchar value into a fixed-width value for <c>CAST(varchar AS T)</c>.</summary>
internal interface IUtf8Parser<T>
{
    bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out T value);

    ManifoldException Error(ReadOnlySpan<byte> text);
}

/// <summary>The parsers of every fixed-width type Trino can cast varchar to; see <see cref="SqlValueParser"/>.</summary>
internal static class TextParsers
{
    private static string Text(ReadOnlySpan<byte> text) => Encoding.UTF8.GetString(text);

    public readonly struct Boolean : IUtf8Parser<bool>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out bool value) => SqlValueParser.TryParseBoolean(text, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.CannotCastText(text, "BOOLEAN");
    }

    public readonly struct Integer<T>(string typeWord) : IUtf8Parser<T>
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out T value)
        {
            value = T.Zero;
            if (!SqlValueParser.TryParseInt64(text, out long parsed))
            {
                return false;
            }
            value = T.CreateTruncating(parsed);
            return long.CreateTruncating(value) == parsed;
        }

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.CannotCastText(text, typeWord);
    }

    public readonly struct Double : IUtf8Parser<double>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out double value) => SqlValueParser.TryParseDouble(text, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.CannotCastText(text, "DOUBLE");
    }

    public readonly struct Real : IUtf8Parser<float>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out float value) => SqlValueParser.TryParseReal(text, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.CannotCastText(text, "REAL");
    }

    public readonly struct Decimal<T>(DecimalType target) : IUtf8Parser<T>
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out T value)
        {
            bool ok = SqlValueParser.TryParseDecimal(text, target.Precision, target.Scale, out Int128 unscaled, out _);
            value = T.CreateTruncating(unscaled);
            return ok;
        }

        public ManifoldException Error(ReadOnlySpan<byte> text)
        {
            SqlValueParser.TryParseDecimal(text, target.Precision, target.Scale, out _, out bool tooLarge);
            return CastErrors.InvalidCast($"Cannot cast VARCHAR '{Text(text)}' to DECIMAL({target.Precision}, {target.Scale}). "
                + (tooLarge ? "Value too large." : "Value is not a number."));
        }
    }

    public readonly struct Date : IUtf8Parser<int>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out int value) => SqlValueParser.TryParseDate(text, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.InvalidCast($"Value cannot be cast to date: {Text(text)}");
    }

    public readonly struct Time(int precision) : IUtf8Parser<long>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out long value) => SqlValueParser.TryParseTime(text, precision, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.InvalidCast($"Value cannot be cast to time: {Text(text)}");
    }

    public readonly struct Timestamp(int precision) : IUtf8Parser<long>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out long value)
            => SqlValueParser.TryParseTimestamp(text, precision, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.InvalidCast($"Value cannot be cast to timestamp: {Text(text)}");
    }

    public readonly struct Zoned(int precision) : IUtf8Parser<TimestampWithZone>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out TimestampWithZone value)
            => SqlValueParser.TryParseTimestampWithTimeZone(text, precision, context.TimeZoneKey, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.InvalidCast($"Value cannot be cast to timestamp: {Text(text)}");
    }

    public readonly struct Uuid : IUtf8Parser<Int128>
    {
        public bool TryParse(ReadOnlySpan<byte> text, FunctionContext context, out Int128 value) => SqlValueParser.TryParseUuid(text, out value);

        public ManifoldException Error(ReadOnlySpan<byte> text) => CastErrors.InvalidCast($"Invalid UUID: {Text(text)}");
    }
}
