using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("dense_rank", Description = "Rank of the row within its partition, without gaps after ties (1, 1, 2).", Example = "dense_rank() OVER (ORDER BY x)")]
internal sealed class DenseRankFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<long>)output;
        long rank = 0;
        for (int row = 0; row < partition.RowCount; row++)
        {
            if (row == 0 || partition.PeerGroupStart[row] != partition.PeerGroupStart[row - 1])
            {
                rank++;
            }
            builder.Append(rank);
        }
    }
}
