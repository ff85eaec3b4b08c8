using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>An <see cref="IAccumulatorFactory"/> over a creation delegate chosen at planning time.</summary>
internal sealed class AccumulatorFactory(Func<IGroupedAccumulator> create) : IAccumulatorFactory
{
    public IGroupedAccumulator Create() => create();
}
