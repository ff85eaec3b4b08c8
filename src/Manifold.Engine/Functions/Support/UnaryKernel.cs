using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>A fixed-width to fixed-width function of one argument, applied row by row (may throw for bad input).</summary>
internal interface IUnaryOperation<TIn, TOut>
{
    /// <summary>The result for one non-null value.</summary>
    static abstract TOut Apply(TIn value);
}

/// <summary>A fixed-width to fixed-width function of two arguments, applied row by row (may throw for bad input).</summary>
internal interface IBinaryOperation<TLeft, TRight, TOut>
{
    /// <summary>The result for one row of non-null values.</summary>
    static abstract TOut Apply(TLeft left, TRight right);
}

/// <summary>Applies <typeparamref name="TOperation"/> to every non-null row; null in, null out.</summary>
internal sealed class UnaryKernel<TIn, TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TIn : unmanaged
    where TOut : unmanaged
    where TOperation : IUnaryOperation<TIn, TOut>
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        FixedReader<TIn> input = FixedReader<TIn>.Of(arguments[0]);
        var result = new FixedResult<TOut>(rowCount, NullMask.Of(arguments[0], rowCount));
        TOut[] values = result.Values;
        ulong[]? nulls = result.Nulls;
        if (input.IsFlat)
        {
            ReadOnlySpan<TIn> span = input.FlatSpan(rowCount);
            if (nulls is null)
            {
                for (int row = 0; row < span.Length; row++)
                {
                    values[row] = TOperation.Apply(span[row]);
                }
                return result.Build(ReturnType);
            }
        }
        for (int row = 0; row < rowCount; row++)
        {
            if (nulls is null || !Bitmap.Get(nulls, row))
            {
                values[row] = TOperation.Apply(input[row]);
            }
        }
        return result.Build(ReturnType);
    }
}

/// <summary>Applies <typeparamref name="TOperation"/> to every row whose arguments are both non-null; null in, null out.</summary>
internal sealed class BinaryKernel<TLeft, TRight, TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TLeft : unmanaged
    where TRight : unmanaged
    where TOut : unmanaged
    where TOperation : IBinaryOperation<TLeft, TRight, TOut>
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        FixedReader<TLeft> left = FixedReader<TLeft>.Of(arguments[0]);
        FixedReader<TRight> right = FixedReader<TRight>.Of(arguments[1]);
        var result = new FixedResult<TOut>(rowCount, NullMask.Union(arguments, rowCount));
        TOut[] values = result.Values;
        ulong[]? nulls = result.Nulls;
        for (int row = 0; row < rowCount; row++)
        {
            if (nulls is null || !Bitmap.Get(nulls, row))
            {
                values[row] = TOperation.Apply(left[row], right[row]);
            }
        }
        return result.Build(ReturnType);
    }
}
