namespace Manifold.Bench.Server;

/// <summary>Nearest-rank percentiles: the smallest value with at least <c>fraction</c> of the values at or below it.</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="fraction"/> percentile (0.5 = median) of <paramref name="sorted"/> (ascending); NaN when empty.</summary>
    public static double Of(IReadOnlyList<double> sorted, double fraction)
        => sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The median of <paramref name="sorted"/> (ascending): the middle value, or the mean of the two middle
    /// values of an even count; NaN when empty.</summary>
    public static double Median(IReadOnlyList<double> sorted)
        => sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;

    /// <summary><paramref name="values"/> in ascending order.</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        double[] sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
