using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("row_number", Description = "Sequential number of the row within its partition, starting at 1.", Example = "row_number() OVER (ORDER BY x)")]
internal sealed class RowNumberFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<long>)output;
        for (int row = 0; row < partition.RowCount; row++)
        {
            builder.Append(row + 1);
        }
    }
}
