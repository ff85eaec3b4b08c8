using System.Globalization;

namespace Manifold.Bench.Tpch;

/// <summary>The 22 TPC-H query files (<c>q01.sql</c> .. <c>q22.sql</c>, Trino dialect) of the shared corpus.</summary>
public static class TpchQueries
{
    /// <summary>The number of TPC-H queries.</summary>
    public const int Count = 22;

    /// <summary>The corpus folder relative to the shared root.</summary>
    public const string RelativeDirectory = "tpch/queries";

    /// <summary>The default query folder (<see cref="SharedFolder"/> + <c>tpch/queries</c>), or null when absent.</summary>
    public static string? FindDirectory() => SharedFolder.Find(RelativeDirectory);

    /// <summary>The name of query <paramref name="number"/>: <c>q01</c>.</summary>
    public static string Name(int number) => "q" + number.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>The text of query <paramref name="number"/> from <paramref name="directory"/>, without a trailing
    /// semicolon.</summary>
    public static string Read(string directory, int number)
    {
        string text = File.ReadAllText(Path.Combine(directory, Name(number) + ".sql")).Trim();
        return text.EndsWith(';') ? text[..^1].TrimEnd() : text;
    }
}
