using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("cume_dist", Description = "Fraction of partition rows ordered before or as peers of the row.", Example = "cume_dist() OVER (ORDER BY x)")]
internal sealed class CumeDistFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("double")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<double>)output;
        for (int row = 0; row < partition.RowCount; row++)
        {
            builder.Append((double)partition.PeerGroupEnd[row] / partition.RowCount);
        }
    }
}
