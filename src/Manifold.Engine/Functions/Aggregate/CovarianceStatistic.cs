namespace Manifold.Engine.Functions.Aggregate;

/// <summary>The results of <see cref="CovarianceAccumulator{TIn}"/>.</summary>
internal enum CovarianceStatistic
{
    /// <summary>covar_samp(y, x): NULL for fewer than two pairs.</summary>
    SampleCovariance,
    /// <summary>covar_pop(y, x): NULL for no pairs.</summary>
    PopulationCovariance,
    /// <summary>corr(y, x): NULL unless finite.</summary>
    Correlation,
    /// <summary>regr_slope(y, x): NULL unless finite.</summary>
    RegressionSlope,
    /// <summary>regr_intercept(y, x): NULL unless finite.</summary>
    RegressionIntercept,
}
