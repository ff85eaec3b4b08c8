using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("var_samp", Description = "Sample variance of the non-null input values; NULL for fewer than two.", Example = "var_samp(x) over (1), (2), (3) = 1.0", Aliases = ["variance"])]
internal sealed class VarSampFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => MomentFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => MomentFunctions.Specialize(function, MomentStatistic.SampleVariance);
}
