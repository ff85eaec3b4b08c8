using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Date, time and timestamp arithmetic with intervals, as in Trino: day-to-second intervals move instants,
/// year-to-month intervals move the calendar date (clamping the day of month); a date only takes whole days.</summary>
internal static class DateTimeArithmetic
{
    private const long MicrosPerMilli = 1000;
    private const long PicosPerMilli = 1_000_000_000;

    private static ManifoldException DateOutOfRange() => new(StandardErrorCode.NumericValueOutOfRange, "Date is out of range");

    private static ManifoldException TimestampOutOfRange() => new(StandardErrorCode.NumericValueOutOfRange, "Timestamp is out of range");

    /// <summary>date ± interval day to second (sign −1 subtracts).</summary>
    public readonly struct DatePlusDayTime(int sign) : IBinaryOperation<int, long, int>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public int Apply(int date, long millis, ref bool failed)
        {
            long days = Math.DivRem(millis, CivilCalendar.MillisPerDay, out long rest);
            long result = date + sign * days;
            failed |= rest != 0 || result != (int)result;
            return (int)result;
        }

        public ManifoldException Error(int date, long millis) => millis % CivilCalendar.MillisPerDay != 0
            ? new(StandardErrorCode.InvalidFunctionArgument, "Cannot add hour, minutes or seconds to a date")
            : DateOutOfRange();
    }

    public readonly struct DatePlusYearMonth(int sign) : IBinaryOperation<int, long, int>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public int Apply(int date, long months, ref bool failed)
        {
            if (Math.Abs(months) > 12L * 10_000_000)
            {
                failed = true;
                return 0;
            }
            long result = CivilCalendar.AddMonths(date, sign * months);
            failed |= result != (int)result;
            return (int)result;
        }

        public ManifoldException Error(int date, long months) => DateOutOfRange();
    }

    /// <summary>time ± interval day to second, wrapping around midnight.</summary>
    public readonly struct TimePlusDayTime(int sign) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long picos, long millis, ref bool failed)
        {
            long delta = millis % CivilCalendar.MillisPerDay * PicosPerMilli;
            long result = (picos + sign * delta) % CivilCalendar.PicosPerDay;
            return result < 0 ? result + CivilCalendar.PicosPerDay : result;
        }

        public ManifoldException Error(long picos, long millis) => throw new InvalidOperationException();
    }

    public readonly struct TimestampPlusDayTime(int sign) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long micros, long millis, ref bool failed)
        {
            long high = Math.BigMul(millis, MicrosPerMilli * sign, out long delta);
            failed |= high != (delta >> 63);
            long result = micros + delta;
            failed |= ((micros ^ result) & (delta ^ result)) < 0;
            return result;
        }

        public ManifoldException Error(long micros, long millis) => TimestampOutOfRange();
    }

    public readonly struct TimestampPlusYearMonth(int sign) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long micros, long months, ref bool failed)
        {
            if (Math.Abs(months) > 12L * 10_000_000)
            {
                failed = true;
                return 0;
            }
            long days = CivilCalendar.SplitMicros(micros, out long microsOfDay);
            return CivilCalendar.AddMonths(days, sign * months) * CivilCalendar.MicrosPerDay + microsOfDay;
        }

        public ManifoldException Error(long micros, long months) => TimestampOutOfRange();
    }

    public readonly struct ZonedPlusDayTime(int sign) : IBinaryOperation<TimestampWithZone, long, TimestampWithZone>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(TimestampWithZone value, long millis, ref bool failed)
            => new(new TimestampPlusDayTime(sign).Apply(value.EpochMicros, millis, ref failed), value.ZoneKey);

        public ManifoldException Error(TimestampWithZone value, long millis) => TimestampOutOfRange();
    }

    /// <summary>Month arithmetic on the local wall-clock time of the value's zone.</summary>
    public readonly struct ZonedPlusYearMonth(int sign) : IBinaryOperation<TimestampWithZone, long, TimestampWithZone>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(TimestampWithZone value, long months, ref bool failed)
        {
            if (Math.Abs(months) > 12L * 10_000_000)
            {
                failed = true;
                return value;
            }
            long local = value.EpochMicros + TimeZoneKey.GetOffsetSeconds(value.ZoneKey, value.EpochMicros) * 1_000_000L;
            long moved = new TimestampPlusYearMonth(sign).Apply(local, months, ref failed);
            long instant = moved - TimeZoneKey.GetOffsetSecondsForLocal(value.ZoneKey, moved) * 1_000_000L;
            return new TimestampWithZone(instant, value.ZoneKey);
        }

        public ManifoldException Error(TimestampWithZone value, long months) => TimestampOutOfRange();
    }

    /// <summary>Swaps the operands of a commutative operation (interval + date and so on).</summary>
    public readonly struct Swapped<TLeft, TRight, TResult, TOperation>(TOperation inner) : IBinaryOperation<TRight, TLeft, TResult>
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        public bool CanFail => inner.CanFail;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TResult Apply(TRight left, TLeft right, ref bool failed) => inner.Apply(right, left, ref failed);

        public ManifoldException Error(TRight left, TLeft right) => inner.Error(right, left);
    }

    /// <summary>timestamp − timestamp: an interval day to second in milliseconds (truncated).</summary>
    public readonly struct TimestampDifference : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed) => (left - right) / MicrosPerMilli;

        public ManifoldException Error(long left, long right) => throw new InvalidOperationException();
    }

    public readonly struct ZonedDifference : IBinaryOperation<TimestampWithZone, TimestampWithZone, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(TimestampWithZone left, TimestampWithZone right, ref bool failed)
            => (left.EpochMicros - right.EpochMicros) / MicrosPerMilli;

        public ManifoldException Error(TimestampWithZone left, TimestampWithZone right) => throw new InvalidOperationException();
    }

    public readonly struct TimeDifference : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed) => (left - right) / PicosPerMilli;

        public ManifoldException Error(long left, long right) => throw new InvalidOperationException();
    }

    /// <summary>interval × double, truncated toward zero; NaN is refused.</summary>
    public readonly struct IntervalTimesDouble : IBinaryOperation<long, double, long>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long interval, double factor, ref bool failed)
        {
            failed |= double.IsNaN(factor);
            return (long)(interval * factor);
        }

        public ManifoldException Error(long interval, double factor)
            => new(StandardErrorCode.InvalidFunctionArgument, "Cannot multiply by double NaN");
    }

    /// <summary>interval / double, truncated toward zero; NaN and zero are refused.</summary>
    public readonly struct IntervalDividedByDouble : IBinaryOperation<long, double, long>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long interval, double divisor, ref bool failed)
        {
            failed |= double.IsNaN(divisor) || divisor == 0;
            return (long)(interval / divisor);
        }

        public ManifoldException Error(long interval, double divisor)
            => new(StandardErrorCode.InvalidFunctionArgument, $"Cannot divide by double {SqlValueFormatter.FormatDouble(divisor)}");
    }
}
