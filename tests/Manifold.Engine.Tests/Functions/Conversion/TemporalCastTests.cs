using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using static Manifold.Engine.Tests.Functions.KernelHarness;

namespace Manifold.Engine.Tests.Functions.Conversion;

public sealed class TemporalCastTests
{
    private const long MicrosPerDay = 86_400_000_000L;
    private static readonly TimestampType Timestamp3 = TimestampType.Create(3);
    private static readonly TimestampType Timestamp6 = TimestampType.Create(6);
    private static readonly TimestampWithTimeZoneType Zoned3 = TimestampWithTimeZoneType.Create(3);

    [Fact]
    public void Dates_and_timestamps_convert_with_floor_days()
    {
        Assert.Equal([19782 * MicrosPerDay, -MicrosPerDay], Run(Cast(SqlType.Date, Timestamp3), 2, Column(SqlType.Date, 19782, -1)));
        Assert.Equal([19782, -1, null], RunAllEncodings(Cast(Timestamp3, SqlType.Date), Column(Timestamp3, 19782 * MicrosPerDay + 5, -1L, null)));
    }

    [Fact]
    public void Lower_precision_rounds_half_up()
    {
        IScalarKernel toMillis = Cast(Timestamp6, Timestamp3);
        // Halves go toward positive infinity, like Trino's roundDiv.
        Assert.Equal([1_000L, 2_000L, -1_000L, -2_000L, 0L], Run(toMillis, 5, Column(Timestamp6, 1_499L, 1_500L, -1_500L, -1_501L, -500L)));
        IScalarKernel toSeconds = Cast(TimeType.Create(9), TimeType.Create(0));
        // 23:59:59.6 rounds to midnight.
        Assert.Equal([0L], Run(toSeconds, 1, Column(TimeType.Create(9), 86_399_600_000_000_000L)));
    }

    [Fact]
    public void Timestamps_without_zone_are_read_in_the_session_zone()
    {
        short newYork = TimeZoneKey.GetKey("America/New_York");
        IScalarKernel kernel = Cast(Timestamp3, Zoned3);
        long local = 19_724 * MicrosPerDay; // 2024-01-02 00:00 local
        object?[] result = Values(kernel.Evaluate([Column(Timestamp3, local)], 1, ContextIn("America/New_York")));
        Assert.Equal(new TimestampWithZone(local + 5 * 3_600_000_000L, newYork), result[0]);
        Assert.Equal(newYork, ((TimestampWithZone)result[0]!).ZoneKey);
        object?[] fromDate = Values(Cast(SqlType.Date, Zoned3).Evaluate([Column(SqlType.Date, 19_724)], 1, ContextIn("America/New_York")));
        Assert.Equal(result, fromDate);
    }

    [Fact]
    public void Zoned_timestamps_convert_through_their_local_time()
    {
        short tokyo = TimeZoneKey.GetKey("Asia/Tokyo");
        var value = new TimestampWithZone(19_724 * MicrosPerDay + 20 * 3_600_000_000L, tokyo); // 2024-01-02 20:00Z = 2024-01-03 05:00 Tokyo
        Assert.Equal([19_725 * MicrosPerDay + 5 * 3_600_000_000L], Run(Cast(Zoned3, Timestamp3), 1, Column(Zoned3, value)));
        Assert.Equal([19_725], Run(Cast(Zoned3, SqlType.Date), 1, Column(Zoned3, value)));
        Assert.Equal([5 * 3_600_000_000_000_000L], Run(Cast(Zoned3, TimeType.Create(3)), 1, Column(Zoned3, value)));
    }

    [Fact]
    public void Times_get_the_sessions_current_date()
    {
        long tenAm = 10 * 3_600_000_000_000_000L;
        // The test session starts 2024-03-15 (day 19_797).
        Assert.Equal([19_797 * MicrosPerDay + 10 * 3_600_000_000L], Run(Cast(TimeType.Create(3), Timestamp3), 1, Column(TimeType.Create(3), tenAm)));
        Assert.Equal([10 * 3_600_000_000_000_000L], Run(Cast(Timestamp3, TimeType.Create(3)), 1, Column(Timestamp3, 19_797 * MicrosPerDay + 10 * 3_600_000_000L)));
    }
}
