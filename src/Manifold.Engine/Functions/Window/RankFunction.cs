using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("rank", Description = "Rank of the row within its partition, with gaps after ties (1, 1, 3).", Example = "rank() OVER (ORDER BY x)")]
internal sealed class RankFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures { get; } = [FunctionSignature.Of("bigint")];

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output)
    {
        var builder = (FlatVectorBuilder<long>)output;
        for (int row = 0; row < partition.RowCount; row++)
        {
            builder.Append(partition.PeerGroupStart[row] + 1);
        }
    }
}
