using System.Numerics;
using System.Runtime.CompilerServices;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary>How values of one physical type compare: SQL equality and order (IEEE for floating point, so NaN is
/// neither equal nor ordered), <c>Identical</c> for IS NOT DISTINCT FROM (NaN is identical to NaN), and a total
/// order for containers (NaN sorts last).</summary>
internal interface IValueOrder<T>
{
    static abstract bool Equal(T left, T right);

    static abstract bool Less(T left, T right);

    static abstract bool LessOrEqual(T left, T right);

    static abstract bool Identical(T left, T right);

    static abstract int Compare(T left, T right);
}

/// <summary>The orders of the fixed-width physical types.</summary>
internal static class ValueOrders
{
    public readonly struct Integer<T> : IValueOrder<T>
        where T : IBinaryInteger<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Equal(T left, T right) => left == right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Less(T left, T right) => left < right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool LessOrEqual(T left, T right) => left <= right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Identical(T left, T right) => left == right;

        public static int Compare(T left, T right) => left.CompareTo(right);
    }

    public readonly struct Floating<T> : IValueOrder<T>
        where T : IFloatingPointIeee754<T>
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Equal(T left, T right) => left == right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Less(T left, T right) => left < right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool LessOrEqual(T left, T right) => left <= right;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static bool Identical(T left, T right) => left == right || (T.IsNaN(left) && T.IsNaN(right));

        public static int Compare(T left, T right) => left.CompareTo(right) switch
        {
            // .NET orders NaN first; Trino orders it last.
            _ when T.IsNaN(left) => T.IsNaN(right) ? 0 : 1,
            _ when T.IsNaN(right) => -1,
            var c => c,
        };
    }

    public readonly struct Boolean : IValueOrder<bool>
    {
        public static bool Equal(bool left, bool right) => left == right;

        public static bool Less(bool left, bool right) => !left & right;

        public static bool LessOrEqual(bool left, bool right) => !left | right;

        public static bool Identical(bool left, bool right) => left == right;

        public static int Compare(bool left, bool right) => left.CompareTo(right);
    }

    /// <summary>Timestamps with time zone compare by instant alone.</summary>
    public readonly struct Zoned : IValueOrder<TimestampWithZone>
    {
        public static bool Equal(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros == right.EpochMicros;

        public static bool Less(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros < right.EpochMicros;

        public static bool LessOrEqual(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros <= right.EpochMicros;

        public static bool Identical(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros == right.EpochMicros;

        public static int Compare(TimestampWithZone left, TimestampWithZone right) => left.EpochMicros.CompareTo(right.EpochMicros);
    }

    /// <summary>Uuids order by their bytes, unsigned, as in Trino.</summary>
    public readonly struct Uuid : IValueOrder<Int128>
    {
        public static bool Equal(Int128 left, Int128 right) => left == right;

        public static bool Less(Int128 left, Int128 right) => (UInt128)left < (UInt128)right;

        public static bool LessOrEqual(Int128 left, Int128 right) => (UInt128)left <= (UInt128)right;

        public static bool Identical(Int128 left, Int128 right) => left == right;

        public static int Compare(Int128 left, Int128 right) => ((UInt128)left).CompareTo((UInt128)right);
    }
}
