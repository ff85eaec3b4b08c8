using Manifold.Spi.Errors;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.Scalar.Args;
using static Manifold.Engine.Tests.Functions.Scalar.DateTimeFunctionTests;
using static Manifold.Engine.Tests.Functions.Scalar.FunctionTester;

namespace Manifold.Engine.Tests.Functions.Scalar;

public sealed class DateTimeTextTests
{
    [Fact]
    public void To_iso8601_writes_dates_timestamps_and_offsets()
    {
        Assert.Equal("2020-05-11", Call("to_iso8601", Date(2020, 5, 11)));
        Assert.Equal("2020-05-11T11:15:05.055", Call("to_iso8601", Ts("2020-05-11 11:15:05.055")));
        Assert.Equal("2020-05-11T11:15:05", Call("to_iso8601", Ts("2020-05-11 11:15:05", 0)));
        Assert.Equal("2020-05-11T11:15:05.055+01:00", Call("to_iso8601", Tz("2020-05-11 11:15:05.055", "+01:00")));
        Assert.Equal("2020-05-11T11:15:05.055Z", Call("to_iso8601", Tz("2020-05-11 11:15:05.055", "UTC")));
        Assert.Equal("2020-05-11T11:15:05.055-07:00", Call("to_iso8601", Tz("2020-05-11 11:15:05.055", "America/Los_Angeles")));
    }

    [Fact]
    public void From_iso8601_parses_trino_examples()
    {
        Assert.Equal(Days(2020, 5, 11), Call("from_iso8601_date", Varchar("2020-05-11")));
        Assert.Equal(Days(2020, 3, 2), Call("from_iso8601_date", Varchar("2020-W10")));
        Assert.Equal(Days(2020, 5, 2), Call("from_iso8601_date", Varchar("2020-123")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_iso8601_date", Varchar("2020-13-01"));
        Assert.Equal(Tz("2020-05-11 00:00:00", "UTC").Value, Call("from_iso8601_timestamp", Varchar("2020-05-11")));
        Assert.Equal(Tz("2020-05-11 11:15:05", "UTC").Value, Call("from_iso8601_timestamp", Varchar("2020-05-11T11:15:05")));
        Assert.Equal(Tz("2020-05-11 11:15:05.055", "+01:00").Value, Call("from_iso8601_timestamp", Varchar("2020-05-11T11:15:05.055+01:00")));
        Assert.Equal(Tz("2020-05-11 11:15:00", "UTC").Value, Call("from_iso8601_timestamp", Varchar("2020-05-11T11:15Z")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "from_iso8601_timestamp", Varchar("2020-05-11 11:15"));
    }

    [Fact]
    public void Mysql_formats_follow_trino_examples()
    {
        Assert.Equal("10-20-2022 05", Call("date_format", Ts("2022-10-20 05:10:00"), Varchar("%m-%d-%Y %H")));
        Assert.Equal("Thu Oct 20 2022 05:10:00 AM 293 321000", Call("date_format", Ts("2022-10-20 05:10:00.321"), Varchar("%a %b %e %Y %r %j %f")));
        Assert.Equal("Thursday October 5 17:10:00 PM 100%", Call("date_format", Ts("2022-10-20 17:10:00"), Varchar("%W %M %l %T %p 100%%")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "date_format", Ts("2022-10-20 05:10:00"), Varchar("%U"));
        Assert.Equal(Micros("2022-10-20 05:00:00"), Call("date_parse", Varchar("2022/10/20/05"), Varchar("%Y/%m/%d/%H")));
        Assert.Equal(Micros("2022-10-20 17:10:09.123"), Call("date_parse", Varchar("Oct 20 22 05:10:09.123456 PM"), Varchar("%b %d %y %h:%i:%s.%f %p")));
        Assert.Equal(SqlType.CreateTimestamp(3), TypeOf("date_parse", Varchar("x"), Varchar("y")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "date_parse", Varchar("2022-13-01"), Varchar("%Y-%m-%d"));
    }

    [Fact]
    public void Joda_formats_round_trip()
    {
        Assert.Equal("2001-08-22 03:04:05.321", Call("format_datetime", Ts("2001-08-22 03:04:05.321"), Varchar("yyyy-MM-dd HH:mm:ss.SSS")));
        Assert.Equal("Wed, 22 Aug 2001 3:04 AM at '", Call("format_datetime", Ts("2001-08-22 03:04:05.321"), Varchar("EEE, d MMM yyyy h:mm a 'at' ''")));
        Assert.Equal("Wednesday August 01 +0530 +05:30", Call("format_datetime", Tz("2001-08-22 03:04:05", "+05:30"), Varchar("EEEE MMMM yy Z ZZ")));
        Assert.Equal(Tz("2001-08-22 03:04:00", "UTC").Value, Call("parse_datetime", Varchar("2001-08-22 03:04"), Varchar("yyyy-MM-dd HH:mm")));
        Assert.Equal(Tz("2001-08-22 15:04:00", "+02:00").Value, Call("parse_datetime", Varchar("22/08/2001 03:04 PM +02:00"), Varchar("dd/MM/yyyy hh:mm a ZZ")));
        Assert.Equal(Tz("2001-08-22 00:00:00", "UTC").Value, Call("parse_datetime", Varchar("20010822"), Varchar("yyyyMMdd")));
        Fails(StandardErrorCode.InvalidFunctionArgument, "parse_datetime", Varchar("2001-08-xx"), Varchar("yyyy-MM-dd"));
    }
}
