using System.Globalization;

namespace Manifold.Engine.Session;

/// <summary>Trino-style durations: <c>500ms</c>, <c>10s</c>, <c>5m</c>, <c>1.5h</c>, <c>100.00d</c>.</summary>
public static class Duration
{
    private static readonly (string Unit, double Seconds)[] s_units =
    [
        ("ns", 1e-9), ("us", 1e-6), ("ms", 1e-3), ("s", 1), ("m", 60), ("h", 3600), ("d", 86400),
    ];

    /// <summary>Parses a duration; false when the text is not one.</summary>
    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        string trimmed = text.Trim();
        int split = trimmed.Length;
        while (split > 0 && char.IsLetter(trimmed[split - 1]))
        {
            split--;
        }
        string unit = trimmed[split..];
        if (!double.TryParse(trimmed[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || value < 0)
        {
            return false;
        }
        foreach (var (name, seconds) in s_units)
        {
            if (name == unit)
            {
                double total = value * seconds;
                duration = total >= TimeSpan.MaxValue.TotalSeconds ? TimeSpan.MaxValue : TimeSpan.FromSeconds(total);
                return true;
            }
        }
        return false;
    }
}
