using System.Runtime.CompilerServices;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>The comparison operators as <see cref="IBinaryOperation{TLeft, TRight, TResult}"/> structs over an order.</summary>
internal static class ComparisonOperations
{
    public readonly struct Equal<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => TOrder.Equal(left, right);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct NotEqual<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => !TOrder.Equal(left, right);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct LessThan<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => TOrder.Less(left, right);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct LessThanOrEqual<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => TOrder.LessOrEqual(left, right);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct GreaterThan<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => TOrder.Less(right, left);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct GreaterThanOrEqual<T, TOrder> : IBinaryOperation<T, T, bool>
        where TOrder : IValueOrder<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public bool Apply(T left, T right, ref bool failed) => TOrder.LessOrEqual(right, left);

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }
}
