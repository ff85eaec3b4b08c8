using System.Globalization;

namespace Manifold.Server.Protocol;

/// <summary>Durations (<c>1.23s</c>) and data sizes (<c>1.50MB</c>) as airlift prints them, and ISO timestamps.</summary>
internal static class AirliftFormat
{
    public static string Duration(TimeSpan value)
    {
        double seconds = Math.Max(0, value.TotalSeconds);
        (double amount, string unit) = seconds switch
        {
            < 1e-3 => (seconds * 1e6, "us"),
            < 1 => (seconds * 1e3, "ms"),
            < 60 => (seconds, "s"),
            < 3600 => (seconds / 60, "m"),
            < 86400 => (seconds / 3600, "h"),
            _ => (seconds / 86400, "d"),
        };
        return amount.ToString("0.00", CultureInfo.InvariantCulture) + unit;
    }

    public static string DataSize(long bytes)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB", "PB"];
        double value = Math.Max(0, bytes);
        int unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }
        return unit == 0
            ? bytes.ToString(CultureInfo.InvariantCulture) + "B"
            : value.ToString("0.00", CultureInfo.InvariantCulture) + units[unit];
    }

    public static string Timestamp(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
