using System.Runtime.CompilerServices;
using System.Numerics;
using System.Text;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Casts to and from decimal, with Trino's rounding (half up) and messages.</summary>
internal static class DecimalCasts
{
    /// <summary>Decimal to decimal: rescale rounding half up, then check the target precision.</summary>
    public readonly struct Rescale<TFrom, TTo>(DecimalType source, DecimalType target) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            Int128 unscaled = Int128.CreateTruncating(value);
            int delta = target.Scale - source.Scale;
            Int128 result;
            if (delta >= 0)
            {
                failed |= !UnscaledDecimal.TryRescaleUp(unscaled, delta, out result);
            }
            else
            {
                result = UnscaledDecimal.RescaleDownHalfUp(unscaled, -delta);
            }
            failed |= UnscaledDecimal.Overflows(result, target.Precision);
            return TTo.CreateTruncating(result);
        }

        public ManifoldException Error(TFrom value)
            => CastErrors.InvalidCast($"Cannot cast DECIMAL({source.Precision}, {source.Scale}) "
                + $"'{SqlValueFormatter.FormatDecimal(Int128.CreateTruncating(value), source.Scale)}' to DECIMAL({target.Precision}, {target.Scale})");
    }

    /// <summary>Integral to decimal: value × 10^scale within the target precision.</summary>
    public readonly struct FromInteger<TFrom, TTo>(SqlType source, DecimalType target) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            failed |= !UnscaledDecimal.TryRescaleUp(Int128.CreateTruncating(value), target.Scale, out Int128 result)
                || UnscaledDecimal.Overflows(result, target.Precision);
            return TTo.CreateTruncating(result);
        }

        public ManifoldException Error(TFrom value)
            => CastErrors.InvalidCast($"Cannot cast {CastErrors.IntegralWord(source)} '{value}' to DECIMAL({target.Precision}, {target.Scale})");
    }

    /// <summary>Decimal to an integral type, rounding half up (away from zero).</summary>
    public readonly struct ToInteger<TFrom, TTo>(DecimalType source, SqlType target) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>, IMinMaxValue<TTo>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            Int128 rounded = UnscaledDecimal.RescaleDownHalfUp(Int128.CreateTruncating(value), source.Scale);
            TTo result = TTo.CreateTruncating(rounded);
            failed |= Int128.CreateTruncating(result) != rounded;
            return result;
        }

        public ManifoldException Error(TFrom value)
        {
            // Trino prints the rounded value for short decimals and the decimal itself for long ones.
            string shown = source.IsShort
                ? UnscaledDecimal.RescaleDownHalfUp(Int128.CreateTruncating(value), source.Scale).ToString()
                : SqlValueFormatter.FormatDecimal(Int128.CreateTruncating(value), source.Scale);
            return CastErrors.InvalidCast($"Cannot cast '{shown}' to {(target.Kind == TypeKind.Integer ? "INTEGER" : target.Name.ToUpperInvariant())}");
        }
    }

    public readonly struct ToDouble<TFrom>(int scale) : IUnaryOperation<TFrom, double>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public double Apply(TFrom value, ref bool failed)
        {
            if (typeof(TFrom) == typeof(long))
            {
                return (double)long.CreateTruncating(value) / s_doublePowers[scale];
            }
            Int128 unscaled = Int128.CreateTruncating(value);
            if (scale <= 22 && unscaled <= (1L << 52) && unscaled >= -(1L << 52))
            {
                return (double)(long)unscaled / s_doublePowers[scale];
            }
            return double.Parse(SqlValueFormatter.FormatDecimal(unscaled, scale), System.Globalization.CultureInfo.InvariantCulture);
        }

        public ManifoldException Error(TFrom value) => throw new InvalidOperationException();
    }

    public readonly struct ToReal<TFrom>(int scale) : IUnaryOperation<TFrom, float>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public float Apply(TFrom value, ref bool failed)
        {
            if (typeof(TFrom) == typeof(long))
            {
                return (float)long.CreateTruncating(value) / (float)s_longPowers[scale];
            }
            Int128 unscaled = Int128.CreateTruncating(value);
            if (scale <= 10 && unscaled <= (1L << 22) && unscaled >= -(1L << 22))
            {
                return (float)(long)unscaled / (float)s_doublePowers[scale];
            }
            return float.Parse(SqlValueFormatter.FormatDecimal(unscaled, scale), System.Globalization.CultureInfo.InvariantCulture);
        }

        public ManifoldException Error(TFrom value) => throw new InvalidOperationException();
    }

    /// <summary>Double or real to decimal: the value's shortest decimal text (Java's <c>BigDecimal.valueOf</c>),
    /// rounded half up to the scale.</summary>
    public readonly struct FromFloat<TFrom, TTo>(DecimalType target) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IFloatingPointIeee754<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            if (!TFrom.IsFinite(value))
            {
                failed = true;
                return TTo.Zero;
            }
            string text = Text(value);
            Span<byte> utf8 = stackalloc byte[64];
            int length = Encoding.ASCII.GetBytes(text, utf8);
            bool ok = SqlValueParser.TryParseDecimal(utf8[..length], target.Precision, target.Scale, out Int128 unscaled, out _);
            failed |= !ok;
            return TTo.CreateTruncating(unscaled);
        }

        public ManifoldException Error(TFrom value)
            => CastErrors.InvalidCast($"Cannot cast {(typeof(TFrom) == typeof(float) ? "REAL" : "DOUBLE")} '{Text(value)}' to DECIMAL({target.Precision}, {target.Scale})");

        private static string Text(TFrom value) => typeof(TFrom) == typeof(float)
            ? SqlValueFormatter.FormatReal(float.CreateTruncating(value))
            : SqlValueFormatter.FormatDouble(double.CreateTruncating(value));
    }

    private static readonly long[] s_longPowers =
    [
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L,
        100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L,
        10_000_000_000_000_000L, 100_000_000_000_000_000L, 1_000_000_000_000_000_000L,
    ];

    private static readonly double[] s_doublePowers =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
}
