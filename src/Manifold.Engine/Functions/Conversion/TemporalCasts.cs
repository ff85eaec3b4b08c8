using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Casts among date, time, timestamp and timestamp with time zone. Lower precision rounds half up (toward
/// positive infinity for negative values, as Trino's <c>roundDiv</c>); values without a zone are read in the session
/// zone; a time gets the session's current date.</summary>
internal static class TemporalCasts
{
    private const long MicrosPerSecond = 1_000_000;
    private const long PicosPerMicro = 1_000_000;

    /// <summary>Rounds to a multiple of 10^<paramref name="magnitude"/>, half toward positive infinity.</summary>
    public static long Round(long value, int magnitude)
    {
        if (magnitude <= 0)
        {
            return value;
        }
        long factor = UnscaledDecimal.LongPowerOfTen(magnitude);
        long quotient = value >= 0 ? (value + factor / 2) / factor : (value + 1 - factor / 2) / factor;
        return quotient * factor;
    }

    public readonly struct DateToTimestamp : IUnaryOperation<int, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(int value, ref bool failed) => value * CivilCalendar.MicrosPerDay;

        public ManifoldException Error(int value) => throw new InvalidOperationException();
    }

    public readonly struct TimestampToDate : IUnaryOperation<long, int>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public int Apply(long value, ref bool failed) => (int)CivilCalendar.SplitMicros(value, out _);

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct TimestampToTimestamp(int precision) : IUnaryOperation<long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long value, ref bool failed) => Round(value, 6 - precision);

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct TimeToTime(int precision) : IUnaryOperation<long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long value, ref bool failed) => Round(value, 12 - precision) % CivilCalendar.PicosPerDay;

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct TimestampToTime(int precision) : IUnaryOperation<long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long value, ref bool failed)
        {
            CivilCalendar.SplitMicros(value, out long microsOfDay);
            return Round(microsOfDay * PicosPerMicro, 12 - precision) % CivilCalendar.PicosPerDay;
        }

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct ZonedToZoned(int precision) : IUnaryOperation<TimestampWithZone, TimestampWithZone>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(TimestampWithZone value, ref bool failed) => new(Round(value.EpochMicros, 6 - precision), value.ZoneKey);

        public ManifoldException Error(TimestampWithZone value) => throw new InvalidOperationException();
    }

    /// <summary>The wall-clock time of the value in its own zone.</summary>
    public readonly struct ZonedToTimestamp(int precision) : IUnaryOperation<TimestampWithZone, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(TimestampWithZone value, ref bool failed)
            => Round(Local(value), 6 - precision);

        public ManifoldException Error(TimestampWithZone value) => throw new InvalidOperationException();
    }

    public readonly struct ZonedToDate : IUnaryOperation<TimestampWithZone, int>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public int Apply(TimestampWithZone value, ref bool failed) => (int)CivilCalendar.SplitMicros(Local(value), out _);

        public ManifoldException Error(TimestampWithZone value) => throw new InvalidOperationException();
    }

    public readonly struct ZonedToTime(int precision) : IUnaryOperation<TimestampWithZone, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(TimestampWithZone value, ref bool failed) => new TimestampToTime(precision).Apply(Local(value), ref failed);

        public ManifoldException Error(TimestampWithZone value) => throw new InvalidOperationException();
    }

    /// <summary>A wall-clock timestamp read in the session zone.</summary>
    public readonly struct TimestampToZoned(int precision, short zone) : IUnaryOperation<long, TimestampWithZone>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(long value, ref bool failed)
        {
            long local = Round(value, 6 - precision);
            return new TimestampWithZone(local - TimeZoneKey.GetOffsetSecondsForLocal(zone, local) * MicrosPerSecond, zone);
        }

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct DateToZoned(short zone) : IUnaryOperation<int, TimestampWithZone>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(int value, ref bool failed) => new TimestampToZoned(6, zone).Apply(value * CivilCalendar.MicrosPerDay, ref failed);

        public ManifoldException Error(int value) => throw new InvalidOperationException();
    }

    /// <summary>A time on the given day (the session's current date).</summary>
    public readonly struct TimeToTimestamp(long dayMicros, int precision) : IUnaryOperation<long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long value, ref bool failed) => dayMicros + Round(value / PicosPerMicro, 6 - precision);

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    public readonly struct TimeToZoned(long dayMicros, int precision, short zone) : IUnaryOperation<long, TimestampWithZone>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TimestampWithZone Apply(long value, ref bool failed)
            => new TimestampToZoned(precision, zone).Apply(new TimeToTimestamp(dayMicros, precision).Apply(value, ref failed), ref failed);

        public ManifoldException Error(long value) => throw new InvalidOperationException();
    }

    /// <summary>Midnight of the session's current date, as local microseconds.</summary>
    public static long SessionDayMicros(FunctionContext context)
    {
        long startMicros = (context.Start.UtcTicks - DateTime.UnixEpoch.Ticks) / 10;
        long local = startMicros + TimeZoneKey.GetOffsetSeconds(context.TimeZoneKey, startMicros) * MicrosPerSecond;
        return CivilCalendar.SplitMicros(local, out _) * CivilCalendar.MicrosPerDay;
    }

    private static long Local(TimestampWithZone value)
        => value.EpochMicros + TimeZoneKey.GetOffsetSeconds(value.ZoneKey, value.EpochMicros) * MicrosPerSecond;

    /// <summary>A unary kernel whose operation depends on the session (time zone, start time).</summary>
    public sealed class SessionKernel<TInput, TResult, TOperation>(Func<FunctionContext, TOperation> factory, SqlType target) : IScalarKernel
        where TInput : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IUnaryOperation<TInput, TResult>
    {
        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => UnaryLoop.Evaluate<TInput, TResult, TOperation>(factory(context), target, arguments[0], rowCount);
    }
}
