using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class DateTimeFunctionTests
{
    internal static int Days(int y, int m, int d) => new DateOnly(y, m, d).DayNumber - new DateOnly(1970, 1, 1).DayNumber;

    internal static long Micros(string text) => (DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture,
        System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal).Ticks - DateTime.UnixEpoch.Ticks) / 10;

    internal static Arg Date(int y, int m, int d) => Of("date", Days(y, m, d));
    internal static Arg Ts(string text, int precision = 3) => new(SqlType.CreateTimestamp(precision), Micros(text));
    internal static Arg Tz(string text, string zone, int precision = 3)
    {
        short key = TimeZoneKey.GetKey(zone);
        long local = Micros(text);
        long instant = local - TimeZoneKey.GetOffsetSecondsForLocal(key, local) * 1_000_000L;
        return new(SqlType.CreateTimestampWithTimeZone(precision), new TimestampWithZone(instant, key));
    }
    internal static Arg Time(string text) => new(SqlType.CreateTime(3), TimeSpan.Parse(text, System.Globalization.CultureInfo.InvariantCulture).Ticks * 100_000);

    private static readonly Arg Sample = Ts("2001-08-22 03:04:05.321");

    [Fact]
    public void Extraction_functions_match_trino()
    {
        Assert.Equal(2001L, Call("year", Sample));
        Assert.Equal(3L, Call("quarter", Sample));
        Assert.Equal(8L, Call("month", Sample));
        Assert.Equal(34L, Call("week", Sample));
        Assert.Equal(34L, Call("week_of_year", Date(2001, 8, 22)));
        Assert.Equal(22L, Call("day", Sample));
        Assert.Equal(22L, Call("day_of_month", Sample));
        Assert.Equal(3L, Call("day_of_week", Sample));
        Assert.Equal(3L, Call("dow", Date(2001, 8, 22)));
        Assert.Equal(234L, Call("day_of_year", Sample));
        Assert.Equal(234L, Call("doy", Date(2001, 8, 22)));
        Assert.Equal(3L, Call("hour", Sample));
        Assert.Equal(4L, Call("minute", Sample));
        Assert.Equal(5L, Call("second", Sample));
        Assert.Equal(321L, Call("millisecond", Sample));
        Assert.Equal(2004L, Call("year_of_week", Date(2005, 1, 2)));
        Assert.Equal(2004L, Call("yow", Date(2005, 1, 2)));
        Assert.Equal(53L, Call("week", Date(2005, 1, 2)));
        Assert.Equal(1969L, Call("year", Ts("1969-12-31 23:59:59.999")));
        Assert.Equal(23L, Call("hour", Ts("1969-12-31 23:59:59.999")));
        Assert.Equal(13L, Call("hour", Time("13:14:15.016")));
        Assert.Equal(16L, Call("millisecond", Time("13:14:15.016")));
        Assert.Null(Call("year", Null("date")));
    }

    [Fact]
    public void Extraction_from_zoned_timestamps_uses_their_zone()
    {
        Arg zoned = Tz("2001-08-22 03:04:05.321", "America/Los_Angeles");
        Assert.Equal(3L, Call("hour", zoned));
        Assert.Equal(22L, Call("day", zoned));
        Assert.Equal(-7L, Call("timezone_hour", zoned));
        Assert.Equal(0L, Call("timezone_minute", zoned));
        Arg offset = Tz("2001-08-22 03:04:05", "+05:30");
        Assert.Equal(5L, Call("timezone_hour", offset));
        Assert.Equal(30L, Call("timezone_minute", offset));
        Assert.Equal(-30L, Call("timezone_minute", Tz("2001-08-22 03:04:05", "-05:30")));
    }

    [Fact]
    public void Extraction_from_intervals()
    {
        Assert.Equal(3L, Call("year", Of("interval year to month", 41L)));
        Assert.Equal(5L, Call("month", Of("interval year to month", 41L)));
        long millis = ((2L * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 321;
        Assert.Equal(2L, Call("day", Of("interval day to second", millis)));
        Assert.Equal(3L, Call("hour", Of("interval day to second", millis)));
        Assert.Equal(4L, Call("minute", Of("interval day to second", millis)));
        Assert.Equal(5L, Call("second", Of("interval day to second", millis)));
        Assert.Equal(321L, Call("millisecond", Of("interval day to second", millis)));
    }

    [Theory]
    [InlineData("millisecond", "2001-08-22 03:04:05.321")]
    [InlineData("second", "2001-08-22 03:04:05.000")]
    [InlineData("minute", "2001-08-22 03:04:00.000")]
    [InlineData("hour", "2001-08-22 03:00:00.000")]
    [InlineData("day", "2001-08-22 00:00:00.000")]
    [InlineData("week", "2001-08-20 00:00:00.000")]
    [InlineData("month", "2001-08-01 00:00:00.000")]
    [InlineData("quarter", "2001-07-01 00:00:00.000")]
    [InlineData("year", "2001-01-01 00:00:00.000")]
    public void Date_trunc_matches_the_trino_table(string unit, string expected)
        => Assert.Equal(Micros(expected), Call("date_trunc", Varchar(unit), Sample));

    [Fact]
    public void Date_trunc_handles_dates_times_zones_and_bad_units()
    {
        Assert.Equal(Days(2001, 8, 1), Call("date_trunc", Varchar("month"), Date(2001, 8, 22)));
        Assert.Equal(Days(2001, 8, 20), Call("date_trunc", Varchar("WEEK"), Date(2001, 8, 22)));
        Fails(StandardErrorCode.InvalidFunctionArgument, "date_trunc", Varchar("hour"), Date(2001, 8, 22));
        Fails(StandardErrorCode.InvalidFunctionArgument, "date_trunc", Varchar("fortnight"), Sample);
        Assert.Equal(Time("13:00:00").Value, Call("date_trunc", Varchar("hour"), Time("13:14:15.016")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "date_trunc", Varchar("day"), Time("13:14:15"));
        Assert.Equal(Tz("2001-08-22 00:00:00", "America/Los_Angeles").Value,
            Call("date_trunc", Varchar("day"), Tz("2001-08-22 03:04:05.321", "America/Los_Angeles")));
    }

    [Fact]
    public void Date_add_follows_trino_examples()
    {
        Assert.Equal(Micros("2020-03-01 00:01:26"), Call("date_add", Varchar("second"), BigInt(86), Ts("2020-03-01 00:00:00")));
        Assert.Equal(Micros("2020-03-01 09:00:00"), Call("date_add", Varchar("hour"), BigInt(9), Ts("2020-03-01 00:00:00")));
        Assert.Equal(Tz("2020-02-29 00:00:00", "UTC").Value, Call("date_add", Varchar("day"), BigInt(-1), Tz("2020-03-01 00:00:00", "UTC")));
        Assert.Equal(Days(2012, 11, 30), Call("date_add", Varchar("month"), BigInt(1), Date(2012, 10, 31)));
        Assert.Equal(Days(2013, 2, 28), Call("date_add", Varchar("year"), BigInt(1), Date(2012, 2, 29)));
        Assert.Equal(Days(2012, 12, 30), Call("date_add", Varchar("quarter"), BigInt(1), Date(2012, 9, 30)));
        Assert.Equal(Time("01:00:00").Value, Call("date_add", Varchar("hour"), BigInt(3), Time("22:00:00")));
        // Across a DST change: a day keeps the wall clock, 24 hours keep the duration.
        Arg beforeDst = Tz("2021-03-13 12:00:00", "America/New_York");
        Assert.Equal(Tz("2021-03-14 12:00:00", "America/New_York").Value, Call("date_add", Varchar("day"), BigInt(1), beforeDst));
        Assert.Equal(Tz("2021-03-14 13:00:00", "America/New_York").Value, Call("date_add", Varchar("hour"), BigInt(24), beforeDst));
    }

    [Fact]
    public void Date_diff_follows_trino_examples()
    {
        Assert.Equal(86400L, Call("date_diff", Varchar("second"), Ts("2020-03-01 00:00:00"), Ts("2020-03-02 00:00:00")));
        Assert.Equal(24L, Call("date_diff", Varchar("hour"), Tz("2020-03-01 00:00:00", "UTC"), Tz("2020-03-02 00:00:00", "UTC")));
        Assert.Equal(1L, Call("date_diff", Varchar("day"), Date(2020, 3, 1), Date(2020, 3, 2)));
        Assert.Equal(86400123L, Call("date_diff", Varchar("millisecond"), Ts("2020-06-01 12:30:45.000", 6), Ts("2020-06-02 12:30:45.123456", 6)));
        Assert.Equal(1L, Call("date_diff", Varchar("month"), Date(2020, 1, 31), Date(2020, 2, 29)));
        Assert.Equal(0L, Call("date_diff", Varchar("month"), Date(2020, 1, 30), Date(2020, 2, 28)));
        Assert.Equal(-1L, Call("date_diff", Varchar("month"), Date(2020, 2, 29), Date(2020, 1, 29)));
        Assert.Equal(1L, Call("date_diff", Varchar("year"), Date(2020, 2, 29), Date(2021, 2, 28)));
        Assert.Equal(0L, Call("date_diff", Varchar("year"), Date(2020, 3, 1), Date(2021, 2, 28)));
        Assert.Equal(1L, Call("date_diff", Varchar("year"), Date(2019, 3, 1), Date(2020, 3, 1)));
        Assert.Equal(1L, Call("date_diff", Varchar("quarter"), Date(2020, 1, 1), Date(2020, 6, 30)));
        Assert.Equal(-2L, Call("date_diff", Varchar("week"), Date(2020, 1, 15), Date(2020, 1, 1)));
        Assert.Equal(0L, Call("date_diff", Varchar("day"), Ts("2020-01-02 00:00:00"), Ts("2020-01-01 00:00:00.001")));
    }

    [Fact]
    public void Current_values_come_from_the_query_start_and_session_zone()
    {
        FunctionContext saved = Context;
        try
        {
            Context = saved with { TimeZoneKey = TimeZoneKey.GetKey("America/Los_Angeles") };
            Assert.Equal(Days(2001, 8, 21), Call("current_date"));
            Assert.Equal(Micros("2001-08-21 20:04:05.321"), Call("localtimestamp"));
            Assert.Equal(new TimestampWithZone(Micros("2001-08-22 03:04:05.321"), Context.TimeZoneKey), Call("now"));
            Assert.Equal(SqlType.CreateTimestampWithTimeZone(3), TypeOf("current_timestamp"));
            Assert.Equal("America/Los_Angeles", Call("current_timezone"));
            Assert.Equal(Time("20:04:05.321").Value, Call("localtime"));
        }
        finally
        {
            Context = saved;
        }
    }

    [Fact]
    public void Zone_conversions_and_unix_time()
    {
        Assert.Equal(Tz("2012-10-30 18:00:00", "America/Los_Angeles").Value,
            Call("at_timezone", Tz("2012-10-31 01:00:00", "UTC"), Varchar("America/Los_Angeles")));
        Assert.Equal(Tz("2022-11-01 09:08:07.321", "America/Los_Angeles").Value,
            Call("with_timezone", Ts("2022-11-01 09:08:07.321"), Varchar("America/Los_Angeles")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "with_timezone", Ts("2022-11-01 09:08:07.321"), Varchar("Mars/Olympus"));
        Assert.Equal(new TimestampWithZone(1_500_000, TimeZoneKey.Utc), Call("from_unixtime", Double(1.5), Varchar("UTC")));
        Assert.Equal(new TimestampWithZone(0, TimeZoneKey.FromOffsetMinutes(90)), Call("from_unixtime", Double(0), BigInt(1), BigInt(30)));
        Assert.Equal(1.5, Call("to_unixtime", Tz("1970-01-01 00:00:01.500", "UTC")));
        Assert.Equal(Days(2020, 2, 29), Call("last_day_of_month", Date(2020, 2, 10)));
        Assert.Equal(Days(2021, 2, 28), Call("last_day_of_month", Ts("2021-02-10 10:00:00")));
    }
}
