using System.Numerics;
using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Conversion;

/// <summary>Casts among boolean, the integral types, real and double, as <see cref="IUnaryOperation{TInput, TResult}"/>
/// structs. Floating point to integral rounds half away from zero, as Trino does.</summary>
internal static class NumericCasts
{
    /// <summary>Integral to integral: widening never fails; narrowing fails outside the target's range.</summary>
    public readonly struct IntegerToInteger<TFrom, TTo>(string targetName) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>
    {
        public bool CanFail => Unsafe.SizeOf<TTo>() < Unsafe.SizeOf<TFrom>();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            TTo result = TTo.CreateTruncating(value);
            failed |= TFrom.CreateTruncating(result) != value;
            return result;
        }

        public ManifoldException Error(TFrom value) => CastErrors.OutOfRange($"Out of range for {targetName}: {value}");
    }

    public readonly struct IntegerToFloat<TFrom, TTo> : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IBinaryInteger<TFrom>
        where TTo : unmanaged, IFloatingPointIeee754<TTo>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed) => TTo.CreateTruncating(value);

        public ManifoldException Error(TFrom value) => throw new InvalidOperationException();
    }

    /// <summary>Double or real to an integral type, rounding half away from zero. NaN is an invalid cast; out of range
    /// is NUMERIC_VALUE_OUT_OF_RANGE (for bigint Trino reports both as INVALID_CAST_ARGUMENT "Unable to cast …").</summary>
    public readonly struct FloatToInteger<TFrom, TTo>(string sourceName, string targetName) : IUnaryOperation<TFrom, TTo>
        where TFrom : unmanaged, IFloatingPointIeee754<TFrom>
        where TTo : unmanaged, IBinaryInteger<TTo>, IMinMaxValue<TTo>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(TFrom value, ref bool failed)
        {
            double rounded = Math.Round(double.CreateTruncating(value), MidpointRounding.AwayFromZero);
            // Range test on doubles: the bounds are exact powers of two.
            bool inRange = rounded >= double.CreateTruncating(TTo.MinValue) && rounded < -double.CreateTruncating(TTo.MinValue);
            failed |= !inRange;
            return inRange ? TTo.CreateTruncating(rounded) : TTo.Zero;
        }

        public ManifoldException Error(TFrom value)
        {
            string text = typeof(TFrom) == typeof(float)
                ? SqlValueFormatter.FormatReal(float.CreateTruncating(value))
                : SqlValueFormatter.FormatDouble(double.CreateTruncating(value));
            if (targetName == "bigint" && sourceName == "double")
            {
                return CastErrors.InvalidCast($"Unable to cast {text} to bigint");
            }
            return TFrom.IsNaN(value)
                ? CastErrors.InvalidCast($"Cannot cast {sourceName} NaN to {targetName}")
                : CastErrors.OutOfRange($"Out of range for {targetName}: {text}");
        }
    }

    public readonly struct DoubleToReal : IUnaryOperation<double, float>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public float Apply(double value, ref bool failed) => (float)value;

        public ManifoldException Error(double value) => throw new InvalidOperationException();
    }

    public readonly struct RealToDouble : IUnaryOperation<float, double>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public double Apply(float value, ref bool failed) => value;

        public ManifoldException Error(float value) => throw new InvalidOperationException();
    }

    public readonly struct NumberToBoolean<TFrom> : IUnaryOperation<TFrom, bool>
        where TFrom : unmanaged, INumberBase<TFrom>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(TFrom value, ref bool failed) => value != TFrom.Zero;

        public ManifoldException Error(TFrom value) => throw new InvalidOperationException();
    }

    public readonly struct BooleanToNumber<TTo>(TTo one) : IUnaryOperation<bool, TTo>
        where TTo : unmanaged, INumberBase<TTo>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TTo Apply(bool value, ref bool failed) => value ? one : TTo.Zero;

        public ManifoldException Error(bool value) => throw new InvalidOperationException();
    }
}
