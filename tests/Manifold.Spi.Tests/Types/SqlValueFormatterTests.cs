using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Spi.Tests.Types;

public sealed class SqlValueFormatterTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(100.0, "100.0")]
    [InlineData(1e10, "1.0E10")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(double.Epsilon, "4.9E-324")]
    [InlineData(9.223372036854776E18, "9.223372036854776E18")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(1.25e-5, "1.25E-5")]
    [InlineData(0.04, "0.04")]
    [InlineData(0.1, "0.1")]
    [InlineData(3e-5, "3.0E-5")]
    [InlineData(2e22, "2.0E22")]
    [InlineData(9e-320, "9.0E-320")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Doubles_display_like_java_double_to_string(double value, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatDouble(value));

    [Fact]
    public void Doubles_with_at_most_two_decimals_print_their_shortest_digits()
    {
        // The hundredths fast path against .NET's shortest round-trip text (plain below 10^7, as Java's).
        var random = new Random(42);
        for (int i = 0; i < 100_000; i++)
        {
            long hundredths = random.NextInt64(-1_000_000_000 + 1, 1_000_000_000) / (long)Math.Pow(10, random.Next(0, 9));
            double value = i % 2 == 0 ? hundredths / 100.0 : hundredths / 100.0 + random.NextDouble() * 1e-6;
            if (value == 0)
            {
                continue;
            }
            string shortest = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            if (shortest.Contains('E'))
            {
                continue;
            }
            Assert.Equal(shortest.Contains('.') ? shortest : shortest + ".0", SqlValueFormatter.FormatDouble(value));
        }
    }

    [Theory]
    [InlineData(1.5f, "1.5")]
    [InlineData(0.1f, "0.1")]
    [InlineData(1e10f, "1.0E10")]
    [InlineData(float.MaxValue, "3.4028235E38")]
    [InlineData(float.Epsilon, "1.4E-45")]
    [InlineData(1.0f / 3, "0.33333334")]
    [InlineData(-0.0f, "-0.0")]
    public void Reals_display_like_java_float_to_string(float value, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatReal(value));

    [Theory]
    [InlineData(1.5, "1.5E0")]
    [InlineData(1e10, "1.0E10")]
    [InlineData(123.456, "1.23456E2")]
    [InlineData(0.001, "1.0E-3")]
    [InlineData(-42.0, "-4.2E1")]
    [InlineData(0.0, "0E0")]
    [InlineData(-0.0, "-0E0")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Double_cast_to_varchar_uses_scientific_notation(double value, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatDoubleCast(value));

    [Theory]
    [InlineData(1.5f, "1.5E0")]
    [InlineData(1.0f / 3, "3.333333E-1")]
    [InlineData(2.0f / 3, "6.666667E-1")]
    [InlineData(12345678f, "1.234568E7")]
    [InlineData(0f, "0E0")]
    public void Real_cast_to_varchar_keeps_seven_significant_digits(float value, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatRealCast(value));

    [Theory]
    [InlineData(1250L, 2, "12.50")]
    [InlineData(-5L, 2, "-0.05")]
    [InlineData(5L, 2, "0.05")]
    [InlineData(7L, 0, "7")]
    [InlineData(0L, 3, "0.000")]
    [InlineData(-123456789012345678L, 18, "-0.123456789012345678")]
    [InlineData(long.MinValue, 0, "-9223372036854775808")]
    public void Decimals_print_exactly_scale_fraction_digits(long unscaled, int scale, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatDecimal(unscaled, scale));

    [Fact]
    public void Long_decimals_print_all_38_digits()
    {
        Int128 max = Int128.Parse("99999999999999999999999999999999999999");
        Assert.Equal("9999999999999999999999999999.9999999999", SqlValueFormatter.FormatDecimal(max, 10));
        Assert.Equal("-0.00000000000000000000000000000000000001", SqlValueFormatter.FormatDecimal(-Int128.One, 38));
    }

    [Theory]
    [InlineData(0, "1970-01-01")]
    [InlineData(19782, "2024-02-29")]
    [InlineData(-1, "1969-12-31")]
    [InlineData(-719162, "0001-01-01")]
    [InlineData(-719528, "0000-01-01")]
    [InlineData(-719529, "-0001-12-31")]
    [InlineData(2932897, "10000-01-01")]
    public void Dates_print_as_iso_dates(int days, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatDate(days));

    [Theory]
    [InlineData(0L, 3, "00:00:00.000")]
    [InlineData(45_296_789_000_000_000L, 3, "12:34:56.789")]
    [InlineData(45_296_789_000_000_000L, 0, "12:34:56")]
    [InlineData(45_296_789_000_000_000L, 6, "12:34:56.789000")]
    [InlineData(86_399_999_999_999_999L, 12, "23:59:59.999999999999")]
    public void Times_print_precision_fraction_digits(long picos, int precision, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatTime(picos, precision));

    [Theory]
    [InlineData(0L, 3, "1970-01-01 00:00:00.000")]
    [InlineData(1_704_164_645_678_000L, 3, "2024-01-02 03:04:05.678")]
    [InlineData(1_704_164_645_678_901L, 6, "2024-01-02 03:04:05.678901")]
    [InlineData(1_704_164_645_000_000L, 0, "2024-01-02 03:04:05")]
    [InlineData(-1L, 6, "1969-12-31 23:59:59.999999")]
    [InlineData(2932897L * 86_400_000_000L, 0, "+10000-01-01 00:00:00")]
    public void Timestamps_print_date_time_and_fraction(long micros, int precision, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatTimestamp(micros, precision));

    [Fact]
    public void Timestamps_with_time_zone_print_local_time_and_zone()
    {
        long micros = 1_704_164_645_678_000L; // 2024-01-02 03:04:05.678 UTC
        Assert.Equal("2024-01-02 03:04:05.678 UTC", SqlValueFormatter.FormatTimestampWithTimeZone(new(micros, TimeZoneKey.Utc), 3));
        Assert.Equal("2024-01-02 05:04:05.678 +02:00",
            SqlValueFormatter.FormatTimestampWithTimeZone(new(micros, TimeZoneKey.GetKey("+02:00")), 3));
        Assert.Equal("2024-01-01 22:04:05.678 America/New_York",
            SqlValueFormatter.FormatTimestampWithTimeZone(new(micros, TimeZoneKey.GetKey("America/New_York")), 3));
        Assert.Equal("2024-07-01 20:00:00 America/New_York",
            SqlValueFormatter.FormatTimestampWithTimeZone(new(1_719_878_400_000_000L, TimeZoneKey.GetKey("America/New_York")), 0));
    }

    [Theory]
    [InlineData(14L, "1-2")]
    [InlineData(-14L, "-1-2")]
    [InlineData(0L, "0-0")]
    [InlineData(11L, "0-11")]
    public void Year_to_month_intervals_print_years_and_months(long months, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatIntervalYearToMonth(months));

    [Theory]
    [InlineData(93_784_500L, "1 02:03:04.500")]
    [InlineData(-93_784_500L, "-1 02:03:04.500")]
    [InlineData(0L, "0 00:00:00.000")]
    [InlineData(1L, "0 00:00:00.001")]
    public void Day_to_second_intervals_print_days_and_time(long millis, string expected)
        => Assert.Equal(expected, SqlValueFormatter.FormatIntervalDayToSecond(millis));

    [Fact]
    public void Uuids_print_in_canonical_lower_case()
    {
        Int128 value = (Int128)UInt128.Parse("24249434048109030647017182301789831168");
        Assert.Equal("123e4567-e89b-12d3-a456-426614174000", SqlValueFormatter.FormatUuid(value));
        Assert.Equal("ffffffff-ffff-ffff-ffff-ffffffffffff", SqlValueFormatter.FormatUuid(Int128.NegativeOne));
    }

    [Fact]
    public void Varbinary_displays_as_hex_pairs()
    {
        Assert.Equal("61 62 63", SqlValueFormatter.FormatVarbinary("abc"u8));
        Assert.Equal("", SqlValueFormatter.FormatVarbinary([]));
        Assert.Equal("00 ff", SqlValueFormatter.Format(SqlType.Varbinary, new byte[] { 0, 255 }));
    }

    [Fact]
    public void Scalars_display_from_boxed_physical_values()
    {
        Assert.Equal("NULL", SqlValueFormatter.Format(SqlType.BigInt, null));
        Assert.Equal("true", SqlValueFormatter.Format(SqlType.Boolean, true));
        Assert.Equal("-5", SqlValueFormatter.Format(SqlType.TinyInt, (sbyte)-5));
        Assert.Equal("42", SqlValueFormatter.Format(SqlType.Integer, 42));
        Assert.Equal("12.50", SqlValueFormatter.Format(SqlType.CreateDecimal(12, 2), 1250L));
        Assert.Equal("ab   ", SqlValueFormatter.Format(SqlType.CreateChar(5), "ab"));
        Assert.Equal("{\"a\":1}", SqlValueFormatter.Format(SqlType.Json, "{\"a\":1}"));
        Assert.Equal("1.0E10", SqlValueFormatter.Format(SqlType.Double, 1e10));
        Assert.Equal("2024-02-29", SqlValueFormatter.Format(SqlType.Date, 19782));
    }

    [Fact]
    public void Cast_form_differs_from_display_for_doubles_and_nulls()
    {
        Assert.Equal("1.5E0", SqlValueFormatter.FormatCast(SqlType.Double, 1.5));
        Assert.Null(SqlValueFormatter.FormatCast(SqlType.Double, null));
        Assert.Equal("12.50", SqlValueFormatter.FormatCast(SqlType.CreateDecimal(4, 2), 1250L));
        Assert.Throws<ArgumentException>(() => SqlValueFormatter.FormatCast(SqlType.CreateArray(SqlType.BigInt), null));
        Assert.False(SqlValueFormatter.CanFormatCast(SqlType.Varbinary));
        Assert.True(SqlValueFormatter.CanFormatCast(SqlType.Uuid));
    }

    [Fact]
    public void Containers_display_like_the_trino_cli()
    {
        ArrayType arrayType = SqlType.CreateArray(SqlType.BigInt);
        Assert.Equal("[1, 2, NULL]", SqlValueFormatter.Format(arrayType, new object?[] { 1L, 2L, null }));
        MapType mapType = SqlType.CreateMap(SqlType.Varchar, SqlType.Double);
        var map = new MapValue([new KeyValuePair<object, object?>("a", 1.0), new KeyValuePair<object, object?>("b", null)]);
        Assert.Equal("{a=1.0, b=NULL}", SqlValueFormatter.Format(mapType, map));
        RowType rowType = SqlType.CreateRow([new RowField("x", SqlType.Integer), new RowField("y", SqlType.Varchar)]);
        Assert.Equal("{x=1, y=abc}", SqlValueFormatter.Format(rowType, new object?[] { 1, "abc" }));
        RowType anonymous = SqlType.CreateRow([new RowField(null, SqlType.Integer), new RowField(null, SqlType.Boolean)]);
        Assert.Equal("{42, true}", SqlValueFormatter.Format(anonymous, new object?[] { 42, true }));
        ArrayType nested = SqlType.CreateArray(SqlType.CreateArray(SqlType.Varchar));
        Assert.Equal("[[a, b], [], NULL]", SqlValueFormatter.Format(nested, new object?[] { new object?[] { "a", "b" }, Array.Empty<object?>(), null }));
    }

    [Fact]
    public void Vector_positions_format_through_constant_and_dictionary_wrappers()
    {
        var flat = new FlatVector<long>(SqlType.BigInt, [10, 20, 30], Bitmap.Allocate(3), 3);
        Bitmap.Set(flat.Nulls!, 1);
        Assert.Equal("10", SqlValueFormatter.Format(flat, 0));
        Assert.Equal("NULL", SqlValueFormatter.Format(flat, 1));
        Assert.Null(SqlValueFormatter.FormatCast(flat, 1));
        var dictionary = new DictionaryVector(flat, [2, 2, 0], 3);
        Assert.Equal("30", SqlValueFormatter.Format(dictionary, 1));
        var constant = ConstantVector.Of(SqlType.Double, 2.5, 4);
        Assert.Equal("2.5", SqlValueFormatter.Format(constant, 3));
        Assert.Equal("2.5E0", SqlValueFormatter.FormatCast(constant, 3));
    }

    [Fact]
    public void Container_vectors_format_like_boxed_values()
    {
        ArrayType arrayType = SqlType.CreateArray(SqlType.CreateDecimal(5, 2));
        var builder = (ArrayVectorBuilder)VectorBuilder.Create(arrayType, 3);
        builder.AppendObject(new object?[] { 150L, null });
        builder.AppendNull();
        builder.AppendObject(Array.Empty<object?>());
        Vector vector = builder.Build();
        Assert.Equal("[1.50, NULL]", SqlValueFormatter.Format(vector, 0));
        Assert.Equal("NULL", SqlValueFormatter.Format(vector, 1));
        Assert.Equal("[]", SqlValueFormatter.Format(vector, 2));

        MapType mapType = SqlType.CreateMap(SqlType.Varchar, SqlType.BigInt);
        var mapBuilder = (MapVectorBuilder)VectorBuilder.Create(mapType, 1);
        mapBuilder.AppendObject(new MapValue([new KeyValuePair<object, object?>("a", 1L), new KeyValuePair<object, object?>("b", 2L)]));
        Assert.Equal("{a=1, b=2}", SqlValueFormatter.Format(mapBuilder.Build(), 0));

        RowType rowType = SqlType.CreateRow([new RowField("x", SqlType.Date), new RowField("y", SqlType.Varbinary)]);
        var rowBuilder = (RowVectorBuilder)VectorBuilder.Create(rowType, 1);
        rowBuilder.AppendObject(new object?[] { 0, new byte[] { 1, 2 } });
        Assert.Equal("{x=1970-01-01, y=01 02}", SqlValueFormatter.Format(rowBuilder.Build(), 0));
    }
}
