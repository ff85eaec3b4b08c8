using System.Runtime.CompilerServices;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The <see cref="IValueOrder{T}"/> of every fixed-width physical type, and the min/max choice built on them.</summary>
internal static class ValueOrder
{
    /// <summary>True when <paramref name="candidate"/> replaces <paramref name="current"/>: strictly smaller for min,
    /// strictly larger for max; NaN loses to every number both ways (Trino's COMPARISON_UNORDERED_LAST / _FIRST).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBetter<T, TOrder>(T candidate, T current, bool minimum)
        where T : unmanaged
        where TOrder : IValueOrder<T>
    {
        if (minimum)
        {
            return TOrder.Less(candidate, current);
        }
        return TOrder.Less(current, candidate) ? !TOrder.IsNaN(candidate) : TOrder.IsNaN(current) && !TOrder.IsNaN(candidate);
    }

    public readonly struct Boolean : IValueOrder<bool>
    {
        public static bool Less(bool left, bool right) => !left & right;
        public static bool IsNaN(bool value) => false;
        public static bool MinValue => false;
        public static bool MaxValue => true;
    }

    public readonly struct Int8 : IValueOrder<sbyte>
    {
        public static bool Less(sbyte left, sbyte right) => left < right;
        public static bool IsNaN(sbyte value) => false;
        public static sbyte MinValue => sbyte.MinValue;
        public static sbyte MaxValue => sbyte.MaxValue;
    }

    public readonly struct Int16 : IValueOrder<short>
    {
        public static bool Less(short left, short right) => left < right;
        public static bool IsNaN(short value) => false;
        public static short MinValue => short.MinValue;
        public static short MaxValue => short.MaxValue;
    }

    public readonly struct Int32 : IValueOrder<int>
    {
        public static bool Less(int left, int right) => left < right;
        public static bool IsNaN(int value) => false;
        public static int MinValue => int.MinValue;
        public static int MaxValue => int.MaxValue;
    }

    public readonly struct Int64 : IValueOrder<long>
    {
        public static bool Less(long left, long right) => left < right;
        public static bool IsNaN(long value) => false;
        public static long MinValue => long.MinValue;
        public static long MaxValue => long.MaxValue;
    }

    public readonly struct Signed128 : IValueOrder<System.Int128>
    {
        public static bool Less(System.Int128 left, System.Int128 right) => left < right;
        public static bool IsNaN(System.Int128 value) => false;
        public static System.Int128 MinValue => System.Int128.MinValue;
        public static System.Int128 MaxValue => System.Int128.MaxValue;
    }

    /// <summary>uuid: its 16 bytes compared as unsigned big-endian, i.e. the Int128 bits read unsigned.</summary>
    public readonly struct Unsigned128 : IValueOrder<System.Int128>
    {
        public static bool Less(System.Int128 left, System.Int128 right) => (UInt128)left < (UInt128)right;
        public static bool IsNaN(System.Int128 value) => false;
        public static System.Int128 MinValue => System.Int128.Zero;
        public static System.Int128 MaxValue => System.Int128.NegativeOne;
    }

    public readonly struct Float32 : IValueOrder<float>
    {
        public static bool Less(float left, float right) => left < right || (float.IsNaN(right) && !float.IsNaN(left));
        public static bool IsNaN(float value) => float.IsNaN(value);
        public static float MinValue => float.NaN;
        public static float MaxValue => float.NaN;
    }

    public readonly struct Float64 : IValueOrder<double>
    {
        public static bool Less(double left, double right) => left < right || (double.IsNaN(right) && !double.IsNaN(left));
        public static bool IsNaN(double value) => double.IsNaN(value);
        public static double MinValue => double.NaN;
        public static double MaxValue => double.NaN;
    }

    /// <summary>timestamp with time zone: by instant alone.</summary>
    public readonly struct TimestampZone : IValueOrder<TimestampWithZone>
    {
        public static bool Less(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros < right.EpochMicros;
        public static bool IsNaN(TimestampWithZone value) => false;
        public static TimestampWithZone MinValue => new(long.MinValue, 0);
        public static TimestampWithZone MaxValue => new(long.MaxValue, 0);
    }
}
