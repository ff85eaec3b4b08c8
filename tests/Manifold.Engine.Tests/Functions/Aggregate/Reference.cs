using System.Numerics;

namespace Manifold.Engine.Tests.Functions.Aggregate;

/// <summary>Naive row-by-row reference computations over boxed values.</summary>
internal static class Reference
{
    public static List<object> NonNull(List<object?[]> rows, int column = 0)
        => rows.Where(r => r[column] is not null).Select(r => r[column]!).ToList();

    public static object? SumInt64(List<object?[]> rows)
    {
        var values = NonNull(rows);
        return values.Count == 0 ? null : values.Aggregate(0L, (sum, v) => checked(sum + Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static BigInteger ToBig(object value) => value switch
    {
        long l => l,
        Int128 i => (BigInteger)i,
        _ => throw new InvalidOperationException(value.GetType().Name),
    };

    public static BigInteger DivideHalfUp(BigInteger dividend, long divisor)
    {
        BigInteger quotient = BigInteger.DivRem(dividend, divisor, out BigInteger remainder);
        if (BigInteger.Abs(remainder) * 2 >= divisor)
        {
            quotient += dividend.Sign;
        }
        return quotient;
    }

    public static object? Extreme(List<object?[]> rows, Comparison<object> compare, bool minimum, int column = 0)
    {
        object? best = null;
        foreach (object value in NonNull(rows, column))
        {
            if (best is null || (minimum ? compare(value, best) < 0 : compare(value, best) > 0))
            {
                best = value;
            }
        }
        return best;
    }

    /// <summary>Trino's floating min/max: NaN only when every value is NaN.</summary>
    public static object? FloatingExtreme(List<object?[]> rows, bool minimum)
    {
        var values = NonNull(rows).Select(v => Convert.ToDouble(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (values.Count == 0)
        {
            return null;
        }
        var numbers = values.Where(v => !double.IsNaN(v)).ToList();
        return numbers.Count == 0 ? double.NaN : minimum ? numbers.Min() : numbers.Max();
    }

    public static int CompareValues(object left, object right) => (left, right) switch
    {
        (string a, string b) => string.CompareOrdinal(a, b),
        (object?[] a, object?[] b) => CompareLists(a, b),
        (IComparable a, _) => a.CompareTo(right),
        _ => throw new InvalidOperationException(left.GetType().Name),
    };

    private static int CompareLists(object?[] a, object?[] b)
    {
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int result = (a[i], b[i]) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                _ => CompareValues(a[i]!, b[i]!),
            };
            if (result != 0)
            {
                return result;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Two-pass moments over (y, x) pairs with neither null.</summary>
    public static (long Count, double MeanX, double MeanY, double C2, double M2X, double M2Y) Moments(List<object?[]> rows, int yColumn, int xColumn)
    {
        var pairs = rows.Where(r => r[yColumn] is not null && r[xColumn] is not null)
            .Select(r => (Y: Convert.ToDouble(r[yColumn], System.Globalization.CultureInfo.InvariantCulture), X: Convert.ToDouble(r[xColumn], System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        if (pairs.Count == 0)
        {
            return (0, 0, 0, 0, 0, 0);
        }
        double meanX = pairs.Average(p => p.X);
        double meanY = pairs.Average(p => p.Y);
        return (pairs.Count, meanX, meanY,
            pairs.Sum(p => (p.X - meanX) * (p.Y - meanY)),
            pairs.Sum(p => (p.X - meanX) * (p.X - meanX)),
            pairs.Sum(p => (p.Y - meanY) * (p.Y - meanY)));
    }
}
