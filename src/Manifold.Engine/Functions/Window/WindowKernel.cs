using Manifold.Spi.Functions;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Functions.Window;

/// <summary>An <see cref="IWindowKernel"/> over a stateless static method chosen at planning time.</summary>
internal sealed class WindowKernel(Action<WindowPartition, VectorBuilder> process) : IWindowKernel
{
    public void ProcessPartition(WindowPartition partition, VectorBuilder output) => process(partition, output);
}
