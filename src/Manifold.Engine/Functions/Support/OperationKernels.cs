using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Wraps operation structs as <see cref="IScalarKernel"/>s.</summary>
internal static class OperationKernels
{
    /// <summary>A kernel of two arguments that runs <paramref name="operation"/> through <see cref="BinaryLoop"/>.</summary>
    public static IScalarKernel Binary<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType)
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
        => new BinaryOperationKernel<TLeft, TRight, TResult, TOperation>(operation, resultType);

    /// <summary>A kernel of one argument that runs <paramref name="operation"/> through <see cref="UnaryLoop"/>.</summary>
    public static IScalarKernel Unary<TInput, TResult, TOperation>(TOperation operation, SqlType resultType)
        where TInput : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IUnaryOperation<TInput, TResult>
        => new UnaryOperationKernel<TInput, TResult, TOperation>(operation, resultType);

    private sealed class BinaryOperationKernel<TLeft, TRight, TResult, TOperation>(TOperation operation, SqlType resultType) : IScalarKernel
        where TLeft : unmanaged
        where TRight : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IBinaryOperation<TLeft, TRight, TResult>
    {
        private readonly TOperation _operation = operation;

        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => BinaryLoop.Evaluate<TLeft, TRight, TResult, TOperation>(_operation, resultType, arguments[0], arguments[1], rowCount);
    }

    private sealed class UnaryOperationKernel<TInput, TResult, TOperation>(TOperation operation, SqlType resultType) : IScalarKernel
        where TInput : unmanaged
        where TResult : unmanaged
        where TOperation : struct, IUnaryOperation<TInput, TResult>
    {
        private readonly TOperation _operation = operation;

        public Vector Evaluate(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
            => UnaryLoop.Evaluate<TInput, TResult, TOperation>(_operation, resultType, arguments[0], rowCount);
    }
}
