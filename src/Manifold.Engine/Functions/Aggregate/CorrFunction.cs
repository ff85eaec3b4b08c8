using Manifold.Spi.Functions;

namespace Manifold.Engine.Functions.Aggregate;

[AggregateFunction("corr", Description = "Pearson correlation coefficient of the (y, x) pairs; NULL unless finite.", Example = "corr(y, x) over (1, 1), (2, 2), (4, 3) = 0.9819805060619657")]
internal sealed class CorrFunction : IAggregateFunction
{
    public IReadOnlyList<FunctionSignature> Signatures => CovarianceFunctions.Signatures;

    public IAccumulatorFactory Specialize(BoundFunction function) => CovarianceFunctions.Specialize(function, CovarianceStatistic.Correlation);
}
