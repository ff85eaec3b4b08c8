using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("var_pop", Description = "Population variance of the non-null input values; NULL when there are none.", Example = "var_pop(x) over (1), (3) = 1.0")]
internal sealed class VarPopFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => MomentFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => MomentFunctions.Specialize(function, MomentStatistic.PopulationVariance);
}
