using Manifold.Engine.Functions.Operators;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Operators;

public sealed class TemporalArithmeticTests
{
    private const long Day = 86_400_000L;
    private const long Hour = 3_600_000L;
    private const long MicrosPerDay = 86_400_000_000L;
    private static readonly SqlType DayTime = SqlType.IntervalDayToSecond;
    private static readonly SqlType YearMonth = SqlType.IntervalYearToMonth;

    [Fact]
    public void Dates_move_by_days_and_by_months_clamping_the_day()
    {
        IScalarKernel plusDays = Kernel(new AddOperator(), [SqlType.Date, DayTime]);
        Assert.Equal([19754, null], RunAllEncodings(plusDays, Column(SqlType.Date, 19753, null), Column(DayTime, Day, Day)));
        IScalarKernel plusMonths = Kernel(new AddOperator(), [SqlType.Date, YearMonth]);
        // 2024-01-31 + 1 month = 2024-02-29; 2023-02-28 + 1 month = 2023-03-28.
        Assert.Equal([19782, 19444], Run(plusMonths, 2, Column(SqlType.Date, 19753, 19416), Column(YearMonth, 1L, 1L)));
        IScalarKernel minusMonths = Kernel(new SubtractOperator(), [SqlType.Date, YearMonth]);
        // 2023-03-31 minus one month is 2023-02-28.
        Assert.Equal([19416], Run(minusMonths, 1, Column(SqlType.Date, 19447), Column(YearMonth, 1L)));
        IScalarKernel monthsPlusDate = Kernel(new AddOperator(), [YearMonth, SqlType.Date]);
        Assert.Equal([19782], Run(monthsPlusDate, 1, Column(YearMonth, 1L), Column(SqlType.Date, 19753)));
    }

    [Fact]
    public void A_date_refuses_hours()
    {
        IScalarKernel plus = Kernel(new AddOperator(), [SqlType.Date, DayTime]);
        AssertError(Fails(plus, Column(SqlType.Date, 0), Column(DayTime, Hour)),
            StandardErrorCode.InvalidFunctionArgument, "Cannot add hour, minutes or seconds to a date");
    }

    [Fact]
    public void Timestamps_move_by_intervals_and_subtract_to_intervals()
    {
        TimestampType timestamp = TimestampType.Create(3);
        long january31 = 19753 * MicrosPerDay + 10 * 3_600_000_000L;
        IScalarKernel plusMonths = Kernel(new AddOperator(), [timestamp, YearMonth]);
        Assert.Equal([19782 * MicrosPerDay + 10 * 3_600_000_000L], Run(plusMonths, 1, Column(timestamp, january31), Column(YearMonth, 1L)));
        IScalarKernel plusTime = Kernel(new AddOperator(), [DayTime, timestamp]);
        Assert.Equal([january31 + 1_500_000L], Run(plusTime, 1, Column(DayTime, 1_500L), Column(timestamp, january31)));
        IScalarKernel difference = Kernel(new SubtractOperator(), [timestamp, timestamp]);
        Assert.Equal([Day + 1_000L, -(Day + 1_000L)], Run(difference, 2,
            Column(timestamp, MicrosPerDay + 1_000_000L, 0L), Column(timestamp, 0L, MicrosPerDay + 1_000_000L)));
    }

    [Fact]
    public void Zoned_month_arithmetic_uses_local_time_and_day_arithmetic_uses_instants()
    {
        var zoned = TimestampWithTimeZoneType.Create(3);
        short newYork = TimeZoneKey.GetKey("America/New_York");
        // 2024-02-10 12:00 EST (17:00Z) plus one month is 2024-03-10 12:00 EDT (16:00Z).
        long february10 = 19763 * MicrosPerDay + 17 * 3_600_000_000L;
        IScalarKernel plusMonths = Kernel(new AddOperator(), [zoned, YearMonth]);
        object?[] moved = Run(plusMonths, 1, Column(zoned, new TimestampWithZone(february10, newYork)), Column(YearMonth, 1L));
        Assert.Equal(new TimestampWithZone(19792 * MicrosPerDay + 16 * 3_600_000_000L, newYork), moved[0]);
        Assert.Equal(newYork, ((TimestampWithZone)moved[0]!).ZoneKey);
        // 2024-03-09 12:00 EST plus 24 hours is 2024-03-10 13:00 EDT: the same instant plus 24 hours.
        long march9 = 19791 * MicrosPerDay + 17 * 3_600_000_000L;
        IScalarKernel plusDay = Kernel(new AddOperator(), [zoned, DayTime]);
        Assert.Equal([new TimestampWithZone(march9 + MicrosPerDay, newYork)],
            Run(plusDay, 1, Column(zoned, new TimestampWithZone(march9, newYork)), Column(DayTime, Day)));
    }

    [Fact]
    public void Times_wrap_around_midnight()
    {
        TimeType time = TimeType.Create(3);
        long elevenPm = 23 * 3_600_000_000_000_000L;
        IScalarKernel plus = Kernel(new AddOperator(), [time, DayTime]);
        Assert.Equal([3_600_000_000_000_000L], Run(plus, 1, Column(time, elevenPm), Column(DayTime, 2 * Hour)));
        IScalarKernel minus = Kernel(new SubtractOperator(), [time, DayTime]);
        Assert.Equal([elevenPm], Run(minus, 1, Column(time, 0L), Column(DayTime, Hour)));
    }

    [Fact]
    public void Intervals_add_scale_and_negate()
    {
        Assert.Equal([3 * Day], Run(Kernel(new AddOperator(), [DayTime, DayTime]), 1, Column(DayTime, Day), Column(DayTime, 2 * Day)));
        Assert.Equal([14L], Run(Kernel(new SubtractOperator(), [YearMonth, YearMonth]), 1, Column(YearMonth, 26L), Column(YearMonth, 12L)));
        Assert.Equal([3 * Day], Run(Kernel(new MultiplyOperator(), [DayTime, SqlType.BigInt]), 1, Column(DayTime, Day), Column(SqlType.BigInt, 3L)));
        Assert.Equal([Day + Day / 2], Run(Kernel(new MultiplyOperator(), [SqlType.Double, DayTime]), 1, Column(SqlType.Double, 1.5), Column(DayTime, Day)));
        Assert.Equal([6L], Run(Kernel(new DivideOperator(), [YearMonth, SqlType.Double]), 1, Column(YearMonth, 12L), Column(SqlType.Double, 2.0)));
        Assert.Equal([-Day], Run(Kernel(new NegateOperator(), [DayTime]), 1, Column(DayTime, Day)));
        AssertError(Fails(Kernel(new DivideOperator(), [DayTime, SqlType.Double]), Column(DayTime, Day), Column(SqlType.Double, 0.0)),
            StandardErrorCode.InvalidFunctionArgument, "Cannot divide by double 0.0");
        AssertError(Fails(Kernel(new MultiplyOperator(), [DayTime, SqlType.Double]), Column(DayTime, Day), Column(SqlType.Double, double.NaN)),
            StandardErrorCode.InvalidFunctionArgument, "Cannot multiply by double NaN");
    }

    [Fact]
    public void Floating_point_follows_ieee_without_errors()
    {
        IScalarKernel divide = Kernel(new DivideOperator(), [SqlType.Double, SqlType.Double]);
        object?[] results = RunAllEncodings(divide, Column(SqlType.Double, 1.0, -1.0, 0.0, 7.5), Column(SqlType.Double, 0.0, 0.0, 0.0, 2.5));
        Assert.Equal(double.PositiveInfinity, results[0]);
        Assert.Equal(double.NegativeInfinity, results[1]);
        Assert.True(double.IsNaN((double)results[2]!));
        Assert.Equal(3.0, results[3]);
        Assert.Equal([1.5f], Run(Kernel(new ModulusOperator(), [SqlType.Real, SqlType.Real]), 1, Column(SqlType.Real, 7.5f), Column(SqlType.Real, 2.0f)));
        Assert.Equal([-2.5], Run(Kernel(new NegateOperator(), [SqlType.Double]), 1, Column(SqlType.Double, 2.5)));
    }
}
