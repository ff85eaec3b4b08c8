namespace Manifold.Engine.Functions.Aggregate;

/// <summary>How <see cref="NumericAverageAccumulator{TIn}"/> writes the mean.</summary>
internal enum AverageOutput
{
    /// <summary>As double (integral and double inputs).</summary>
    Double,
    /// <summary>As real (real input).</summary>
    Real,
    /// <summary>Rounded to a long, half up (interval inputs, as Trino's Math.round).</summary>
    RoundedInt64,
}
