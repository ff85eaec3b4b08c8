using System.Runtime.CompilerServices;
using System.Numerics;
using Manifold.Engine.Functions.Support;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Functions.Operators;

/// <summary>IEEE arithmetic on real and double: never fails (x / 0 is ±Infinity or NaN, as in Trino).</summary>
internal static class FloatArithmetic
{
    public readonly struct Add<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed) => left + right;

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct Subtract<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed) => left - right;

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct Multiply<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed) => left * right;

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct Divide<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed) => left / right;

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct Modulus<T> : IBinaryOperation<T, T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T left, T right, ref bool failed) => left % right;

        public ManifoldException Error(T left, T right) => throw new InvalidOperationException();
    }

    public readonly struct Negate<T> : IUnaryOperation<T, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        public bool CanFail => false;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]

        public T Apply(T value, ref bool failed) => -value;

        public ManifoldException Error(T value) => throw new InvalidOperationException();
    }
}
