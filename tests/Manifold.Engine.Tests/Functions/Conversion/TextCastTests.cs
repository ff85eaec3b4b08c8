using Manifold.Engine.Functions.Conversion;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Conversion;

public sealed class TextCastTests
{
    private static readonly VarcharType Varchar = SqlType.Varchar;

    [Fact]
    public void Values_format_as_trinos_cast_to_varchar()
    {
        Assert.Equal(["123", null, "-5"], RunAllEncodings(Cast(SqlType.Integer, Varchar), Column(SqlType.Integer, 123, null, -5)));
        Assert.Equal(["1.5E0", "1.0E10", "0E0", "NaN"], Run(Cast(SqlType.Double, Varchar), 4, Column(SqlType.Double, 1.5, 1e10, 0.0, double.NaN)));
        Assert.Equal(["12.50", "-0.05"], Run(Cast(DecimalType.Create(5, 2), Varchar), 2, Column(DecimalType.Create(5, 2), 1250L, -5L)));
        Assert.Equal(["true", "false"], Run(Cast(SqlType.Boolean, Varchar), 2, Column(SqlType.Boolean, true, false)));
        Assert.Equal(["2024-02-29"], Run(Cast(SqlType.Date, Varchar), 1, Column(SqlType.Date, 19782)));
        Assert.Equal(["2024-01-02 03:04:05.678"], Run(Cast(TimestampType.Create(3), Varchar), 1, Column(TimestampType.Create(3), 1_704_164_645_678_000L)));
        Assert.Equal(["1970-01-01 00:00:00 UTC"], Run(Cast(TimestampWithTimeZoneType.Create(0), Varchar), 1,
            Column(TimestampWithTimeZoneType.Create(0), new TimestampWithZone(0, TimeZoneKey.Utc))));
        Assert.Equal(["1-2"], Run(Cast(SqlType.IntervalYearToMonth, Varchar), 1, Column(SqlType.IntervalYearToMonth, 14L)));
        Assert.Equal(["00000000-0000-0000-0000-000000000001"], Run(Cast(SqlType.Uuid, Varchar), 1, Column(SqlType.Uuid, (Int128)1)));
    }

    [Fact]
    public void Non_text_values_too_long_for_varchar_n_fail()
    {
        Assert.Equal(["12"], Run(Cast(SqlType.Integer, SqlType.CreateVarchar(2)), 1, Column(SqlType.Integer, 12)));
        AssertError(Fails(Cast(SqlType.Integer, SqlType.CreateVarchar(2)), Column(SqlType.Integer, 123)),
            StandardErrorCode.InvalidCastArgument, "Value 123 cannot be represented as varchar(2)");
    }

    [Fact]
    public void Text_is_truncated_padded_and_trimmed_by_length_rules()
    {
        Assert.Equal(["abc", "hél", "a", null], RunAllEncodings(Cast(Varchar, SqlType.CreateVarchar(3)), Column(Varchar, "abcdef", "héllo", "a", null)));
        CharType char5 = SqlType.CreateChar(5);
        Assert.Equal(["ab   "], Run(Cast(char5, Varchar), 1, Column(char5, "ab")));
        Assert.Equal(["ab "], Run(Cast(char5, SqlType.CreateVarchar(3)), 1, Column(char5, "ab")));
        CharType char3 = SqlType.CreateChar(3);
        Assert.Equal(["abc", "a"], Run(Cast(Varchar, char3), 2, Column(Varchar, "abcdef", "a  ")));
        Assert.Equal([new byte[] { 0x61, 0xC3, 0xA9 }], Run(Cast(Varchar, SqlType.Varbinary), 1, Column(Varchar, "aé")));
    }

    [Fact]
    public void Integers_parse_with_blanks_trimmed()
    {
        Assert.Equal([42, -7, null], RunAllEncodings(Cast(Varchar, SqlType.Integer), Column(Varchar, " 42 ", "-7", null)));
        Assert.Equal([9_223_372_036_854_775_807L], Run(Cast(Varchar, SqlType.BigInt), 1, Column(Varchar, "+9223372036854775807")));
        AssertError(Fails(Cast(Varchar, SqlType.Integer), Column(Varchar, "1", "abc")), StandardErrorCode.InvalidCastArgument, "Cannot cast 'abc' to INT");
        AssertError(Fails(Cast(Varchar, SqlType.Integer), Column(Varchar, "3000000000")), StandardErrorCode.InvalidCastArgument, "Cannot cast '3000000000' to INT");
        AssertError(Fails(Cast(Varchar, SqlType.TinyInt), Column(Varchar, "1.5")), StandardErrorCode.InvalidCastArgument, "Cannot cast '1.5' to TINYINT");
    }

    [Fact]
    public void Booleans_parse_trinos_words()
    {
        Assert.Equal([true, true, true, false, false, false], Run(Cast(Varchar, SqlType.Boolean), 6, Column(Varchar, "TRUE", "t", "1", "False", "f", "0")));
        AssertError(Fails(Cast(Varchar, SqlType.Boolean), Column(Varchar, "yes")), StandardErrorCode.InvalidCastArgument, "Cannot cast 'yes' to BOOLEAN");
        AssertError(Fails(Cast(Varchar, SqlType.Boolean), Column(Varchar, " true")), StandardErrorCode.InvalidCastArgument, "Cannot cast ' true' to BOOLEAN");
    }

    [Fact]
    public void Doubles_parse_javas_syntax()
    {
        object?[] values = Run(Cast(Varchar, SqlType.Double), 6, Column(Varchar, "1.5", " -2e3 ", ".5", "1.5d", "Infinity", "NaN"));
        Assert.Equal([1.5, -2000.0, 0.5, 1.5, double.PositiveInfinity], values.Take(5).ToArray());
        Assert.True(double.IsNaN((double)values[5]!));
        AssertError(Fails(Cast(Varchar, SqlType.Double), Column(Varchar, "1,5")), StandardErrorCode.InvalidCastArgument, "Cannot cast '1,5' to DOUBLE");
        AssertError(Fails(Cast(Varchar, SqlType.Real), Column(Varchar, "inf")), StandardErrorCode.InvalidCastArgument, "Cannot cast 'inf' to REAL");
    }

    [Fact]
    public void Decimals_parse_and_round_half_up()
    {
        DecimalType type = DecimalType.Create(5, 2);
        Assert.Equal([1235L, -1L, 10000L, 50L, 0L], Run(Cast(Varchar, type), 5, Column(Varchar, "12.345", "-0.005", "1e2", ".5", "0.004")));
        AssertError(Fails(Cast(Varchar, type), Column(Varchar, "abc")),
            StandardErrorCode.InvalidCastArgument, "Cannot cast VARCHAR 'abc' to DECIMAL(5, 2). Value is not a number.");
        AssertError(Fails(Cast(Varchar, type), Column(Varchar, "12345")),
            StandardErrorCode.InvalidCastArgument, "Cannot cast VARCHAR '12345' to DECIMAL(5, 2). Value too large.");
        DecimalType wide = DecimalType.Create(38, 10);
        Assert.Equal([Int128.Parse("12345678901234567890123456781234567890")],
            Run(Cast(Varchar, wide), 1, Column(Varchar, "1234567890123456789012345678.123456789012")));
    }

    [Fact]
    public void Dates_times_and_timestamps_parse()
    {
        Assert.Equal([19782, 19763, null], Run(Cast(Varchar, SqlType.Date), 3, Column(Varchar, "2024-02-29", " 2024-2-10 ", null)));
        AssertError(Fails(Cast(Varchar, SqlType.Date), Column(Varchar, "2023-02-29")),
            StandardErrorCode.InvalidCastArgument, "Value cannot be cast to date: 2023-02-29");
        TimeType time = TimeType.Create(3);
        Assert.Equal([45_296_789_000_000_000L], Run(Cast(Varchar, time), 1, Column(Varchar, "12:34:56.7891")));
        TimestampType timestamp = TimestampType.Create(3);
        Assert.Equal([1_704_164_645_679_000L, 1_704_153_600_000_000L], Run(Cast(Varchar, timestamp), 2,
            Column(Varchar, "2024-01-02 03:04:05.6789", "2024-01-02")));
        AssertError(Fails(Cast(Varchar, timestamp), Column(Varchar, "2024-01-02 25:00:00")),
            StandardErrorCode.InvalidCastArgument, "Value cannot be cast to timestamp: 2024-01-02 25:00:00");
    }

    [Fact]
    public void Zoned_timestamps_parse_their_zone_or_take_the_sessions()
    {
        var zoned = TimestampWithTimeZoneType.Create(3);
        short newYork = TimeZoneKey.GetKey("America/New_York");
        IScalarKernel kernel = Cast(Varchar, zoned);
        var input = Column(Varchar, "2024-01-02 03:04:05 America/New_York", "2024-01-02 03:04:05+02:00", "2024-01-02 03:04:05");
        object?[] utcSession = Values(kernel.Evaluate([input], 3, Context));
        Assert.Equal(new TimestampWithZone(1_704_182_645_000_000L, newYork), utcSession[0]);
        Assert.Equal(newYork, ((TimestampWithZone)utcSession[0]!).ZoneKey);
        Assert.Equal(1_704_157_445_000_000L, ((TimestampWithZone)utcSession[1]!).EpochMicros);
        Assert.Equal(1_704_164_645_000_000L, ((TimestampWithZone)utcSession[2]!).EpochMicros);
        object?[] newYorkSession = Values(kernel.Evaluate([input], 3, ContextIn("America/New_York")));
        Assert.Equal(new TimestampWithZone(1_704_182_645_000_000L, newYork), newYorkSession[2]);
        Assert.Equal(newYork, ((TimestampWithZone)newYorkSession[2]!).ZoneKey);
    }

    [Fact]
    public void Uuids_round_trip_through_text_and_bytes()
    {
        const string text = "123e4567-e89b-12d3-a456-426614174000";
        object?[] parsed = Run(Cast(Varchar, SqlType.Uuid), 1, Column(Varchar, text.ToUpperInvariant()));
        Assert.Equal([text], Run(Cast(SqlType.Uuid, Varchar), 1, Column(SqlType.Uuid, parsed[0])));
        object?[] bytes = Run(Cast(SqlType.Uuid, SqlType.Varbinary), 1, Column(SqlType.Uuid, parsed[0]));
        Assert.Equal(0x12, ((byte[])bytes[0]!)[0]);
        Assert.Equal(parsed, Run(Cast(SqlType.Varbinary, SqlType.Uuid), 1, Column(SqlType.Varbinary, bytes[0])));
        AssertError(Fails(Cast(Varchar, SqlType.Uuid), Column(Varchar, "nope")), StandardErrorCode.InvalidCastArgument, "Invalid UUID: nope");
    }

    [Fact]
    public void Casts_trino_does_not_have_are_refused()
    {
        Assert.False(CastKernels.TryCreate(SqlType.Varbinary, Varchar, out _));
        Assert.False(CastKernels.TryCreate(SqlType.CreateArray(SqlType.BigInt), Varchar, out _));
        Assert.False(CastKernels.TryCreate(SqlType.Date, SqlType.Integer, out _));
        Assert.False(CastKernels.TryCreate(SqlType.Integer, SqlType.CreateChar(3), out _));
        Assert.True(CastKernels.TryCreate(SqlType.Unknown, SqlType.CreateArray(SqlType.BigInt), out IScalarKernel nulls));
        Assert.Equal([null, null], Run(nulls, 2, Constant(SqlType.Unknown, null, 2)));
    }
}
