using System.Numerics;
using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>Checked arithmetic on tinyint, smallint, integer and bigint, with Trino's error messages.</summary>
/// <remarks>Overflow is detected without branches (sign tricks, widening) so the loops stay tight; division truncates
/// toward zero; <c>x % -1</c> is 0 even for the minimum value.</remarks>
internal static class IntegerArithmetic
{
    public static string TypeName<T>()
        => typeof(T) == typeof(sbyte) ? "tinyint"
            : typeof(T) == typeof(short) ? "smallint"
            : typeof(T) == typeof(int) ? "integer"
            : "bigint";

    public readonly struct Add<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed)
        {
            T sum = left + right;
            failed |= ((left ^ sum) & (right ^ sum)) < T.Zero;
            return sum;
        }

        public ManifoldException Error(T left, T right)
            => new(StandardErrorCode.NumericValueOutOfRange, $"{TypeName<T>()} addition overflow: {left} + {right}");
    }

    public readonly struct Subtract<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed)
        {
            T difference = left - right;
            failed |= ((left ^ right) & (left ^ difference)) < T.Zero;
            return difference;
        }

        public ManifoldException Error(T left, T right)
            => new(StandardErrorCode.NumericValueOutOfRange, $"{TypeName<T>()} subtraction overflow: {left} - {right}");
    }

    public readonly struct Multiply<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed)
        {
            if (typeof(T) == typeof(long))
            {
                long high = Math.BigMul(Unsafe.As<T, long>(ref left), Unsafe.As<T, long>(ref right), out long low);
                failed |= high != (low >> 63);
                return Unsafe.As<long, T>(ref low);
            }
            long product = long.CreateTruncating(left) * long.CreateTruncating(right);
            T result = T.CreateTruncating(product);
            failed |= long.CreateTruncating(result) != product;
            return result;
        }

        public ManifoldException Error(T left, T right)
            => new(StandardErrorCode.NumericValueOutOfRange, $"{TypeName<T>()} multiplication overflow: {left} * {right}");
    }

    public readonly struct Divide<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed)
        {
            if (right == T.Zero || (right == T.NegativeOne && left == T.MinValue))
            {
                failed = true;
                return T.Zero;
            }
            return left / right;
        }

        public ManifoldException Error(T left, T right) => right == T.Zero
            ? OperatorErrors.DivisionByZero()
            : new(StandardErrorCode.NumericValueOutOfRange, $"{TypeName<T>()} division overflow: {left} / {right}");
    }

    public readonly struct Modulus<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed)
        {
            if (right == T.Zero)
            {
                failed = true;
                return T.Zero;
            }
            return right == T.NegativeOne ? T.Zero : left % right;
        }

        public ManifoldException Error(T left, T right) => OperatorErrors.DivisionByZero();
    }

    public readonly struct Negate<T> : IUnaryOperation<T, T>
        where T : unmanaged, IBinaryInteger<T>, ISignedNumber<T>, IMinMaxValue<T>
    {
        public bool CanFail => true;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T value, ref bool failed)
        {
            failed |= value == T.MinValue;
            return -value;
        }

        public ManifoldException Error(T value)
            => new(StandardErrorCode.NumericValueOutOfRange, $"{TypeName<T>()} negation overflow: {value}");
    }
}
