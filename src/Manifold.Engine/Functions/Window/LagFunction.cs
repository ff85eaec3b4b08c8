using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("lag", Description = "Value offset rows (default 1) before the current row in the partition, else the default or NULL.", Example = "lag(x, 1, 0) OVER (ORDER BY t)")]
internal sealed class LagFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => OffsetWindow.Signatures;

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output) => OffsetWindow.Process(partition, output, forward: false);
}
