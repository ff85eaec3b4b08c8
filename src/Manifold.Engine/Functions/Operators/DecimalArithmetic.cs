using System.Runtime.CompilerServices;
using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Decimal arithmetic with Trino's result types and rounding: results fit their type by construction, except
/// when the precision is capped at 38, where an overflow raises "Decimal overflow". Division rounds half up.</summary>
internal static class DecimalArithmetic
{
    public static DecimalType AddResultType(DecimalType left, DecimalType right)
    {
        int scale = Math.Max(left.Scale, right.Scale);
        int precision = Math.Min(38, Math.Max(left.Precision - left.Scale, right.Precision - right.Scale) + scale + 1);
        return DecimalType.Create(precision, scale);
    }

    public static DecimalType MultiplyResultType(DecimalType left, DecimalType right)
    {
        int scale = left.Scale + right.Scale;
        if (scale > 38)
        {
            throw new ManifoldException(StandardErrorCode.NumericValueOutOfRange,
                $"DECIMAL scale must be in range [0, 38]: {scale}");
        }
        return DecimalType.Create(Math.Min(38, left.Precision + right.Precision), scale);
    }

    public static DecimalType DivideResultType(DecimalType left, DecimalType right)
    {
        int scale = Math.Max(left.Scale, right.Scale);
        int precision = Math.Min(38, left.Precision + right.Scale + Math.Max(right.Scale - left.Scale, 0));
        return DecimalType.Create(precision, scale);
    }

    public static DecimalType ModulusResultType(DecimalType left, DecimalType right)
    {
        int scale = Math.Max(left.Scale, right.Scale);
        int precision = Math.Min(right.Precision - right.Scale, left.Precision - left.Scale) + scale;
        return DecimalType.Create(Math.Max(precision, 1), scale);
    }

    /// <summary>a·10^x + b·10^y in 64 bits: cannot overflow when the result precision is at most 18.</summary>
    public readonly struct ShortAdd(long leftFactor, long rightFactor) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed) => left * leftFactor + right * rightFactor;

        public ManifoldException Error(long left, long right) => OperatorErrors.DecimalOverflow();
    }

    public readonly struct ShortSubtract(long leftFactor, long rightFactor) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed) => left * leftFactor - right * rightFactor;

        public ManifoldException Error(long left, long right) => OperatorErrors.DecimalOverflow();
    }

    public readonly struct LongAdd<TLeft, TRight>(int leftRescale, int rightRescale, bool subtract) : IBinaryOperation<TLeft, TRight, Int128>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public Int128 Apply(TLeft left, TRight right, ref bool failed)
        {
            bool ok = UnscaledDecimal.TryRescaleUp(Int128.CreateTruncating(left), leftRescale, out Int128 a)
                & UnscaledDecimal.TryRescaleUp(Int128.CreateTruncating(right), rightRescale, out Int128 b);
            Int128 result = subtract ? a - b : a + b;
            failed |= !ok || UnscaledDecimal.Overflows(result);
            return result;
        }

        public ManifoldException Error(TLeft left, TRight right) => OperatorErrors.DecimalOverflow();
    }

    /// <summary>a·10^x ± b·10^y in 128 bits when the result precision was not capped at 38: cannot overflow.</summary>
    public readonly struct WideAdd<TLeft, TRight>(Int128 leftFactor, Int128 rightFactor, bool subtract) : IBinaryOperation<TLeft, TRight, Int128>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Int128 Apply(TLeft left, TRight right, ref bool failed)
        {
            Int128 a = Int128.CreateTruncating(left);
            Int128 b = Int128.CreateTruncating(right);
            if (leftFactor != Int128.One)
            {
                a *= leftFactor;
            }
            if (rightFactor != Int128.One)
            {
                b *= rightFactor;
            }
            return subtract ? a - b : a + b;
        }

        public ManifoldException Error(TLeft left, TRight right) => OperatorErrors.DecimalOverflow();
    }

    /// <summary>A product whose operand precisions add up to at most 38 digits: cannot overflow.</summary>
    public readonly struct WideMultiply<TLeft, TRight> : IBinaryOperation<TLeft, TRight, Int128>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Int128 Apply(TLeft left, TRight right, ref bool failed)
        {
            if (typeof(TLeft) == typeof(long) && typeof(TRight) == typeof(long))
            {
                long high = Math.BigMul(long.CreateTruncating(left), long.CreateTruncating(right), out long low);
                return new Int128((ulong)high, (ulong)low);
            }
            return Int128.CreateTruncating(left) * Int128.CreateTruncating(right);
        }

        public ManifoldException Error(TLeft left, TRight right) => OperatorErrors.DecimalOverflow();
    }

    public readonly struct ShortMultiply : IBinaryOperation<long, long, long>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed) => left * right;

        public ManifoldException Error(long left, long right) => OperatorErrors.DecimalOverflow();
    }

    public readonly struct LongMultiply<TLeft, TRight> : IBinaryOperation<TLeft, TRight, Int128>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public Int128 Apply(TLeft left, TRight right, ref bool failed)
        {
            bool ok = UnscaledDecimal.TryMultiply(Int128.CreateTruncating(left), Int128.CreateTruncating(right), out Int128 product);
            failed |= !ok || UnscaledDecimal.Overflows(product);
            return product;
        }

        public ManifoldException Error(TLeft left, TRight right) => OperatorErrors.DecimalOverflow();
    }

    /// <summary>Short by short into short: the rescaled dividend fits 64 bits by the result type's construction.</summary>
    public readonly struct ShortDivide(long rescaleFactor) : IBinaryOperation<long, long, long>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public long Apply(long left, long right, ref bool failed)
        {
            if (right == 0)
            {
                failed = true;
                return 0;
            }
            long scaled = left * rescaleFactor;
            long quotient = scaled / right;
            long remainder = scaled - quotient * right;
            if (Math.Abs(remainder) * 2 >= Math.Abs(right) && remainder != 0)
            {
                quotient += (scaled < 0) != (right < 0) ? -1 : 1;
            }
            return quotient;
        }

        public ManifoldException Error(long left, long right) => OperatorErrors.DivisionByZero();
    }

    public readonly struct Divide<TLeft, TRight, TResult>(int rescale) : IBinaryOperation<TLeft, TRight, TResult>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
        where TResult : unmanaged, IBinaryInteger<TResult>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TResult Apply(TLeft left, TRight right, ref bool failed)
        {
            Int128 divisor = Int128.CreateTruncating(right);
            if (divisor == 0)
            {
                failed = true;
                return TResult.Zero;
            }
            failed |= !UnscaledDecimal.TryDivideRoundHalfUp(Int128.CreateTruncating(left), rescale, divisor, out Int128 quotient);
            return TResult.CreateTruncating(quotient);
        }

        public ManifoldException Error(TLeft left, TRight right)
            => right == TRight.Zero ? OperatorErrors.DivisionByZero() : OperatorErrors.DecimalOverflow();
    }

    /// <summary>The remainder of both operands at the common scale; its sign follows the dividend.</summary>
    public readonly struct Modulus<TLeft, TRight, TResult>(int leftRescale, int rightRescale) : IBinaryOperation<TLeft, TRight, TResult>
        where TLeft : unmanaged, IBinaryInteger<TLeft>
        where TRight : unmanaged, IBinaryInteger<TRight>
        where TResult : unmanaged, IBinaryInteger<TResult>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public TResult Apply(TLeft left, TRight right, ref bool failed)
        {
            if (right == TRight.Zero)
            {
                failed = true;
                return TResult.Zero;
            }
            if (UnscaledDecimal.TryRescaleUp(Int128.CreateTruncating(left), leftRescale, out Int128 a)
                && UnscaledDecimal.TryRescaleUp(Int128.CreateTruncating(right), rightRescale, out Int128 b))
            {
                return TResult.CreateTruncating(a % b);
            }
            BigInteger wideLeft = (BigInteger)Int128.CreateTruncating(left) * BigInteger.Pow(10, leftRescale);
            BigInteger wideRight = (BigInteger)Int128.CreateTruncating(right) * BigInteger.Pow(10, rightRescale);
            return TResult.CreateTruncating((Int128)BigInteger.Remainder(wideLeft, wideRight));
        }

        public ManifoldException Error(TLeft left, TRight right) => OperatorErrors.DivisionByZero();
    }

    public readonly struct Negate<T> : IUnaryOperation<T, T>
        where T : unmanaged, IBinaryInteger<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T value, ref bool failed) => -value;

        public ManifoldException Error(T value) => OperatorErrors.DecimalOverflow();
    }
}
