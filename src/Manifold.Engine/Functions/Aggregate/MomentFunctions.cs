using Manifold.Spi.Functions;
using Manifold.Spi.Types;

namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The shared signatures and specialization of the variance and standard deviation functions.</summary>
internal static class MomentFunctions
{
    public static IReadOnlyList<FunctionSignature> Signatures { get; } =
    [
        FunctionSignature.Of("double", "double"),
        FunctionSignature.Of("double", "bigint"),
    ];

    public static IAccumulatorFactory Specialize(BoundFunction function, MomentStatistic statistic)
        => function.ArgumentTypes[0].Kind == TypeKind.BigInt
            ? new AccumulatorFactory(() => new CentralMomentsAccumulator<long>(statistic))
            : new AccumulatorFactory(() => new CentralMomentsAccumulator<double>(statistic));
}
