using System.Globalization;

namespace Manifold.Client.Protocol;

/// <summary>Airlift duration strings (<c>1.23s</c>, <c>45.00ms</c>, <c>2.00m</c>, <c>1.50h</c>, <c>3.00d</c>, <c>ns</c>, <c>us</c>).</summary>
internal static class AirliftUnits
{
    public static TimeSpan? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        text = text.Trim();
        int unitStart = text.Length;
        while (unitStart > 0 && char.IsLetter(text[unitStart - 1]))
        {
            unitStart--;
        }
        if (!double.TryParse(text.AsSpan(0, unitStart), NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            return null;
        }
        double milliseconds = text[unitStart..] switch
        {
            "ns" => value / 1_000_000,
            "us" => value / 1_000,
            "ms" => value,
            "s" => value * 1_000,
            "m" => value * 60_000,
            "h" => value * 3_600_000,
            "d" => value * 86_400_000,
            _ => double.NaN,
        };
        return double.IsNaN(milliseconds) ? null : TimeSpan.FromMilliseconds(milliseconds);
    }
}
