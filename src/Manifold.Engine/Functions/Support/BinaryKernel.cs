using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every row whose arguments are both non-null; null in, null out.</summary>
internal sealed class BinaryKernel<TLeft, TRight, TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TLeft : unmanaged
    where TRight : unmanaged
    where TOut : unmanaged
    where TOperation : IScalarBinaryOperation<TLeft, TRight, TOut>
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
