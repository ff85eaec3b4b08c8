using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every non-null row of a bytes vector; null in, null out.</summary>
internal sealed class BytesToFixedKernel<TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TOut : unmanaged
    where TOperation : IBytesToFixed<TOut>
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader input = BytesReader.Of(arguments[0]);
        var result = new FixedResult<TOut>(rowCount, NullMask.Of(arguments[0], rowCount));
        TOut[] values = result.Values;
        for (int row = 0; row < rowCount; row++)
        {
            if (!result.IsNull(row))
            {
                values[row] = TOperation.Apply(input[row]);
            }
        }
        return result.Build(ReturnType);
    }
}
