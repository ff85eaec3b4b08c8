using System.Text;
using Manifold.Spi.Types;

namespace Manifold.Spi.Tests.Types;

public sealed class SqlValueParserTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Theory]
    [InlineData("true", true, true)]
    [InlineData("T", true, true)]
    [InlineData("0", true, false)]
    [InlineData("FALSE", true, false)]
    [InlineData("yes", false, false)]
    [InlineData(" true", false, false)]
    public void Booleans(string text, bool ok, bool expected)
    {
        Assert.Equal(ok, SqlValueParser.TryParseBoolean(Utf8(text), out bool value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(" 42\t", true, 42L)]
    [InlineData("-9223372036854775808", true, long.MinValue)]
    [InlineData("9223372036854775808", false, 0L)]
    [InlineData("+", false, 0L)]
    [InlineData("1e3", false, 0L)]
    [InlineData("", false, 0L)]
    public void Integers(string text, bool ok, long expected)
    {
        Assert.Equal(ok, SqlValueParser.TryParseInt64(Utf8(text), out long value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.5", true, 1.5)]
    [InlineData("-Infinity", true, double.NegativeInfinity)]
    [InlineData("2.f", true, 2.0)]
    [InlineData("e5", false, 0.0)]
    [InlineData("1e", false, 0.0)]
    [InlineData("infinity", false, 0.0)]
    public void Doubles(string text, bool ok, double expected)
    {
        Assert.Equal(ok, SqlValueParser.TryParseDouble(Utf8(text), out double value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.005", 4, 2, true, false, "101")]
    [InlineData("-1.005", 4, 2, true, false, "-101")]
    [InlineData("99.995", 4, 2, false, true, "0")]
    [InlineData("1.2e-1", 4, 2, true, false, "12")]
    [InlineData("5.", 4, 2, true, false, "500")]
    [InlineData("1.2.3", 4, 2, false, false, "0")]
    [InlineData(" 1", 4, 2, false, false, "0")]
    [InlineData("0.0000000000000000000000000000000000000000001", 38, 0, true, false, "0")]
    public void Decimals(string text, int precision, int scale, bool ok, bool tooLarge, string unscaled)
    {
        Assert.Equal(ok, SqlValueParser.TryParseDecimal(Utf8(text), precision, scale, out Int128 value, out bool large));
        Assert.Equal(tooLarge, large);
        Assert.Equal(Int128.Parse(unscaled), value);
    }

    [Theory]
    [InlineData("2024-02-29", true, 19782)]
    [InlineData("1970-1-1", true, 0)]
    [InlineData("-0001-12-31", true, -719529)]
    [InlineData("2024-13-01", false, 0)]
    [InlineData("2024-02-29 10:00", false, 0)]
    public void Dates(string text, bool ok, int days)
    {
        Assert.Equal(ok, SqlValueParser.TryParseDate(Utf8(text), out int value));
        Assert.Equal(days, value);
    }

    [Fact]
    public void Timestamps_round_and_accept_zones()
    {
        Assert.True(SqlValueParser.TryParseTimestamp(Utf8("2024-01-02 03:04:05.123456789"), 6, out long micros));
        Assert.Equal(1_704_164_645_123_457L, micros);
        Assert.True(SqlValueParser.TryParseTimestamp(Utf8("2024-01-02 03:04"), 3, out micros));
        Assert.Equal(1_704_164_640_000_000L, micros);
        Assert.False(SqlValueParser.TryParseTimestamp(Utf8("24-01-02"), 3, out _));
        Assert.True(SqlValueParser.TryParseTimestampWithTimeZone(Utf8("2024-01-02 03:04:05 UTC"), 3, TimeZoneKey.GetKey("+05:00"), out TimestampWithZone zoned));
        Assert.Equal(new TimestampWithZone(1_704_164_645_000_000L, TimeZoneKey.Utc), zoned);
        Assert.True(SqlValueParser.TryParseTimestampWithTimeZone(Utf8("2024-01-02 03:04:05"), 3, TimeZoneKey.GetKey("+05:00"), out zoned));
        Assert.Equal(1_704_164_645_000_000L - 5 * 3_600_000_000L, zoned.EpochMicros);
        Assert.False(SqlValueParser.TryParseTimestampWithTimeZone(Utf8("2024-01-02 03:04:05 Mars/Olympus"), 3, TimeZoneKey.Utc, out _));
    }

    [Fact]
    public void Times_and_uuids()
    {
        Assert.True(SqlValueParser.TryParseTime(Utf8("1:02:03.5"), 0, out long picos));
        Assert.Equal(3724L * 1_000_000_000_000L, picos);
        Assert.False(SqlValueParser.TryParseTime(Utf8("24:00:00"), 3, out _));
        Assert.True(SqlValueParser.TryParseUuid(Utf8("00000000-0000-0000-0000-0000000000FF"), out Int128 uuid));
        Assert.Equal((Int128)255, uuid);
        Assert.False(SqlValueParser.TryParseUuid(Utf8("00000000000000000000000000000000"), out _));
    }
}
