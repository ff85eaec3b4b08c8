using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The shared signatures and specialization of covar_*, corr and regr_*: (y, x) of double, or of real.</summary>
internal static class CovarianceFunctions
{
    public static IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("double", "double", "double"),
        FunctionSignature.Of("real", "real", "real"),
    ];

    public static IAccumulatorFactory Specialize(BoundFunction function, CovarianceStatistic statistic)
        => function.ArgumentTypes[0].Kind == TypeKind.Real
            ? new AccumulatorFactory(() => new CovarianceAccumulator<float>(statistic))
            : new AccumulatorFactory(() => new CovarianceAccumulator<double>(statistic));
}
