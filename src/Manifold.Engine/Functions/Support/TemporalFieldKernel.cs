using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Extracts one <see cref="TemporalField"/> as bigint from dates, times, timestamps and intervals.</summary>
internal sealed class TemporalFieldKernel(TemporalField field, SqlType inputType) : ScalarKernel(SqlType.BigInt)
{
    /// <summary>The signature patterns for the types a field applies to.</summary>
    public static FunctionSignature[] Signatures(bool date, bool time, bool yearMonth, bool dayTime)
    {
        var list = new List<FunctionSignature>();
        if (date)
        {
            list.Add(FunctionSignature.Of("bigint", "date"));
        }
        if (time)
        {
            list.Add(FunctionSignature.Of("bigint", "time(p)"));
        }
        list.Add(FunctionSignature.Of("bigint", "timestamp(p)"));
        list.Add(FunctionSignature.Of("bigint", "timestamp(p) with time zone"));
        if (yearMonth)
        {
            list.Add(FunctionSignature.Of("bigint", "interval year to month"));
        }
        if (dayTime)
        {
            list.Add(FunctionSignature.Of("bigint", "interval day to second"));
        }
        return list.ToArray();
    }

    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        var result = new FixedResult<long>(rowCount, NullMask.Of(arguments[0], rowCount));
        long[] values = result.Values;
        if (inputType.Kind is TypeKind.IntervalYearToMonth or TypeKind.IntervalDayToSecond)
        {
            FixedReader<long> intervals = FixedReader<long>.Of(arguments[0]);
            for (int row = 0; row < rowCount; row++)
            {
                if (!result.IsNull(row))
                {
                    values[row] = FromInterval(intervals[row]);
                }
            }
            return result.Build(SqlType.BigInt);
        }
        var input = new TemporalReader(arguments[0], inputType);
        for (int row = 0; row < rowCount; row++)
        {
            if (!result.IsNull(row))
            {
                values[row] = field is TemporalField.TimezoneHour or TemporalField.TimezoneMinute
                    ? FromOffset(TimeZoneKey.GetOffsetSeconds(input.Zone(row), input.Instant(row)))
                    : FromLocal(input.LocalMicros(row));
            }
        }
        return result.Build(SqlType.BigInt);
    }

    private long FromOffset(int offsetSeconds) => field == TemporalField.TimezoneHour ? offsetSeconds / 3600 : offsetSeconds / 60 % 60;

    private long FromInterval(long value) => (field, inputType.Kind) switch
    {
        (TemporalField.Year, _) => value / 12,
        (TemporalField.Month, _) => value % 12,
        (TemporalField.Day, _) => value / 86_400_000,
        (TemporalField.Hour, _) => value / 3_600_000 % 24,
        (TemporalField.Minute, _) => value / 60_000 % 60,
        (TemporalField.Second, _) => value / 1000 % 60,
        (TemporalField.Millisecond, _) => value % 1000,
        _ => throw new InvalidOperationException($"{field} of an interval"),
    };

    private long FromLocal(long local)
    {
        long days = CivilTime.FloorDiv(local, CivilTime.MicrosPerDay);
        long time = local - days * CivilTime.MicrosPerDay;
        switch (field)
        {
            case TemporalField.Hour:
                return time / CivilTime.MicrosPerHour;
            case TemporalField.Minute:
                return time / CivilTime.MicrosPerMinute % 60;
            case TemporalField.Second:
                return time / CivilTime.MicrosPerSecond % 60;
            case TemporalField.Millisecond:
                return time / CivilTime.MicrosPerMillisecond % 1000;
            case TemporalField.DayOfWeek:
                return CivilTime.DayOfWeek(days);
            case TemporalField.DayOfYear:
                return CivilTime.DayOfYear(days);
            case TemporalField.Week:
                return CivilTime.IsoWeek(days, out _);
            case TemporalField.YearOfWeek:
                CivilTime.IsoWeek(days, out long weekYear);
                return weekYear;
        }
        CivilTime.ToCivil(days, out long year, out int month, out int day);
        return field switch
        {
            TemporalField.Year => year,
            TemporalField.Quarter => (month - 1) / 3 + 1,
            TemporalField.Month => month,
            TemporalField.Day => day,
            _ => throw new InvalidOperationException(field.ToString()),
        };
    }
}
