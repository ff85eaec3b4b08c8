using System.Collections;
using System.Globalization;

namespace Manifold.Engine.Tests.Functions.Aggregate;

/// <summary>Deep equality of boxed results (arrays element-wise), with a relative tolerance for floating point.</summary>
internal static class ResultComparer
{
    public static bool Equal(object? expected, object? actual, double tolerance)
    {
        switch (expected, actual)
        {
            case (null, null):
                return true;
            case (null, _) or (_, null):
                return false;
            case (double e, double a):
                return Close(e, a, tolerance);
            case (float e, float a):
                return Close(e, a, Math.Max(tolerance, 1e-6));
            case (string e, string a):
                return e == a;
            case (byte[] e, byte[] a):
                return e.AsSpan().SequenceEqual(a);
            case (IList e, IList a):
                if (e.Count != a.Count)
                {
                    return false;
                }
                for (int i = 0; i < e.Count; i++)
                {
                    if (!Equal(e[i], a[i], tolerance))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return expected.Equals(actual);
        }
    }

    private static bool Close(double expected, double actual, double tolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }
        if (expected == actual)
        {
            return true;
        }
        return Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Max(Math.Abs(expected), Math.Abs(actual)));
    }

    public static string Show(object? value) => value switch
    {
        null => "NULL",
        string text => "'" + text + "'",
        IList list and not byte[] => "[" + string.Join(", ", list.Cast<object?>().Select(Show)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture) + " (" + value.GetType().Name + ")",
        _ => value.ToString() ?? "",
    };
}
