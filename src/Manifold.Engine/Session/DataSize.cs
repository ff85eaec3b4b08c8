using System.Globalization;

namespace Manifold.Engine.Session;

/// <summary>Trino-style data sizes: <c>512MB</c>, <c>1.5GB</c>, <c>100B</c>.</summary>
public static class DataSize
{
    private static readonly (string Unit, long Factor)[] s_units =
    [
        ("PB", 1L << 50), ("TB", 1L << 40), ("GB", 1L << 30), ("MB", 1L << 20), ("kB", 1L << 10), ("KB", 1L << 10), ("B", 1),
    ];

    /// <summary>Parses a size; false when the text is not one.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        string trimmed = text.Trim();
        foreach (var (unit, factor) in s_units)
        {
            if (trimmed.EndsWith(unit, StringComparison.Ordinal))
            {
                string number = trimmed[..^unit.Length].Trim();
                if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 0)
                {
                    bytes = (long)Math.Min(value * factor, long.MaxValue);
                    return true;
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>Formats a size with the largest unit that keeps it at least 1.</summary>
    public static string Format(long bytes)
    {
        foreach (var (unit, factor) in s_units)
        {
            if (unit != "KB" && bytes >= factor)
            {
                double value = (double)bytes / factor;
                return value.ToString(value == Math.Floor(value) ? "0" : "0.##", CultureInfo.InvariantCulture) + unit;
            }
        }
        return "0B";
    }
}
