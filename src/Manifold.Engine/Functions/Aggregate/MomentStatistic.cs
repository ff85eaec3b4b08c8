namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The results computed from count, mean and the sum of squared deviations (<see cref="CentralMomentsAccumulator{TIn}"/>).</summary>
internal enum MomentStatistic
{
    /// <summary>var_samp, variance: NULL for fewer than two values.</summary>
    SampleVariance,
    /// <summary>var_pop: NULL for no values.</summary>
    PopulationVariance,
    /// <summary>stddev_samp, stddev: NULL for fewer than two values.</summary>
    SampleStandardDeviation,
    /// <summary>stddev_pop: NULL for no values.</summary>
    PopulationStandardDeviation,
}
