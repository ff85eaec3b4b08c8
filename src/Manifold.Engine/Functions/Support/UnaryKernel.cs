using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every non-null row; null in, null out.</summary>
internal sealed class UnaryKernel<TIn, TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TIn : unmanaged
    where TOut : unmanaged
    where TOperation : IScalarUnaryOperation<TIn, TOut>
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
