using System.Buffers.Text;
using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Writes one value as the UTF-8 text of <c>CAST(x AS varchar)</c> into a buffer of at least
/// <see cref="TextFormatters.BufferSize"/> bytes and returns the byte count.</summary>
internal interface IUtf8Formatter<T>
{
    int Format(T value, Span<byte> destination);
}

/// <summary>The formatters of every fixed-width type with a text form; see <see cref="SqlValueFormatter"/>.</summary>
internal static class TextFormatters
{
    public const int BufferSize = 128;

    public readonly struct Boolean : IUtf8Formatter<bool>
    {
        public int Format(bool value, Span<byte> destination)
        {
            ReadOnlySpan<byte> text = value ? "true"u8 : "false"u8;
            text.CopyTo(destination);
            return text.Length;
        }
    }

    public readonly struct Integer<T> : IUtf8Formatter<T>
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        public int Format(T value, Span<byte> destination)
        {
            Utf8Formatter.TryFormat(long.CreateTruncating(value), destination, out int written);
            return written;
        }
    }

    public readonly struct Double : IUtf8Formatter<double>
    {
        public int Format(double value, Span<byte> destination) => Encoding.ASCII.GetBytes(SqlValueFormatter.FormatDoubleCast(value), destination);
    }

    public readonly struct Real : IUtf8Formatter<float>
    {
        public int Format(float value, Span<byte> destination) => Encoding.ASCII.GetBytes(SqlValueFormatter.FormatRealCast(value), destination);
    }

    public readonly struct ShortDecimal(int scale) : IUtf8Formatter<long>
    {
        public int Format(long value, Span<byte> destination) => SqlValueFormatter.WriteDecimal(value, scale, destination);
    }

    public readonly struct LongDecimal(int scale) : IUtf8Formatter<Int128>
    {
        public int Format(Int128 value, Span<byte> destination) => SqlValueFormatter.WriteDecimal(value, scale, destination);
    }

    public readonly struct Date : IUtf8Formatter<int>
    {
        public int Format(int value, Span<byte> destination) => SqlValueFormatter.WriteDate(value, destination);
    }

    public readonly struct Time(int precision) : IUtf8Formatter<long>
    {
        public int Format(long value, Span<byte> destination) => SqlValueFormatter.WriteTime(value, precision, destination);
    }

    public readonly struct Timestamp(int precision) : IUtf8Formatter<long>
    {
        public int Format(long value, Span<byte> destination) => SqlValueFormatter.WriteTimestamp(value, precision, destination);
    }

    public readonly struct Zoned(int precision) : IUtf8Formatter<TimestampWithZone>
    {
        public int Format(TimestampWithZone value, Span<byte> destination)
            => Encoding.UTF8.GetBytes(SqlValueFormatter.FormatTimestampWithTimeZone(value, precision), destination);
    }

    public readonly struct YearToMonth : IUtf8Formatter<long>
    {
        public int Format(long value, Span<byte> destination) => Encoding.ASCII.GetBytes(SqlValueFormatter.FormatIntervalYearToMonth(value), destination);
    }

    public readonly struct DayToSecond : IUtf8Formatter<long>
    {
        public int Format(long value, Span<byte> destination) => Encoding.ASCII.GetBytes(SqlValueFormatter.FormatIntervalDayToSecond(value), destination);
    }

    public readonly struct Uuid : IUtf8Formatter<Int128>
    {
        public int Format(Int128 value, Span<byte> destination) => Encoding.ASCII.GetBytes(SqlValueFormatter.FormatUuid(value), destination);
    }
}
