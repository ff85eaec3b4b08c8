using Manifold.Spi.Functions;
using Manifold.Spi.Types;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Support;

/// <summary>Applies <typeparamref name="TOperation"/> to every non-null decimal row; either width in and out.</summary>
internal sealed class DecimalUnaryKernel<TOperation>(DecimalType input, DecimalType output) : ScalarKernel(output)
    where TOperation : IDecimalUnaryOperation
{
    protected override Vector Compute(IReadOnlyList<Vector> arguments, int rowCount, FunctionContext context)
    {
        var values = new DecimalReader(arguments[0], input);
        ulong[]? nulls = NullMask.Of(arguments[0], rowCount);
        var result = new DecimalResult(output, rowCount, nulls);
        int scale = input.Scale;
        for (int row = 0; row < rowCount; row++)
        {
            if (!NullMask.IsSet(nulls, row))
            {
                result.Set(row, TOperation.Apply(values[row], scale));
            }
        }
        return result.Build();
    }
}
