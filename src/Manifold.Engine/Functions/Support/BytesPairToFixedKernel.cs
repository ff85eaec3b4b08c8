using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every row whose two text arguments are non-null.</summary>
internal sealed class BytesPairToFixedKernel<TOut, TOperation>(SqlType returnType) : ScalarKernel(returnType)
    where TOut : unmanaged
    where TOperation : IBytesPairToFixed<TOut>
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        BytesReader left = BytesReader.Of(arguments[0]);
        BytesReader right = BytesReader.Of(arguments[1]);
        var result = new FixedResult<TOut>(rowCount, NullMask.Union(arguments, rowCount));
        TOut[] values = result.Values;
        for (int row = 0; row < rowCount; row++)
        {
            if (!result.IsNull(row))
            {
                values[row] = TOperation.Apply(left[row], right[row]);
            }
        }
        return result.Build(ReturnType);
    }
}
