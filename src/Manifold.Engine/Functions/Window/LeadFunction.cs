using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

[WindowFunction("lead", Description = "Value offset rows (default 1) after the current row in the partition, else the default or NULL.", Example = "lead(x, 1, 0) OVER (ORDER BY t)")]
internal sealed class LeadFunction : IWindowFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => OffsetWindow.Signatures;

    public IWindowKernel Specialize(BoundFunction function) => new WindowKernel(Process);

    private static void Process(WindowPartition partition, VectorBuilder output) => OffsetWindow.Process(partition, output, forward: true);
}
