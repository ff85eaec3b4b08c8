using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("percent_rank", Description = "(rank - 1) / (rows in partition - 1); 0 for a one-row partition.", Example = "percent_rank() OVER (ORDER BY x)")]
internal sealed class PercentRankFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<double>)output;
        int count = partition.RowCount;
        for (int row = 0; row < count; row++)
        {
            builder.Append(count == 1 ? 0.0 : (double)partition.PeerGroupStart[row] / (count - 1));
        }
    }
}
