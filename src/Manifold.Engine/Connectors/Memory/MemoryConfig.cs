using System.Globalization;
using Manifold.Spi.Errors;

namespace Manifold.Engine.Connectors.Memory;

/// <summary>The catalog properties of the memory connector.</summary>
/// <param name="MaxDataPerNode">The most bytes the catalog's tables may hold (<see cref="long.MaxValue"/>: no limit
/// beyond the node's memory context).</param>
internal sealed record MemoryConfig(long MaxDataPerNode)
{
    /// <summary>Trino's name of the data limit property, e.g. <c>memory.max-data-per-node=2GB</c>.</summary>
    public const string MaxDataPerNodeProperty = "memory.max-data-per-node";

    /// <summary>Reads the properties; unknown properties and bad values fail with CONFIGURATION_INVALID.</summary>
    public static MemoryConfig Parse(IReadOnlyDictionary<string, string> properties)
    {
        long maxData = long.MaxValue;
        foreach (KeyValuePair<string, string> property in properties)
        {
            if (property.Key == MaxDataPerNodeProperty)
            {
                maxData = TryParseDataSize(property.Value, out long bytes)
                    ? bytes
                    : throw new ManifoldException(
                        StandardErrorCode.ConfigurationInvalid,
                        $"Invalid value '{property.Value}' for {MaxDataPerNodeProperty}: expected a data size such as 128MB");
            }
            else
            {
                throw new ManifoldException(
                    StandardErrorCode.ConfigurationInvalid, $"Configuration property '{property.Key}' is not known to the memory connector");
            }
        }
        return new MemoryConfig(maxData);
    }

    /// <summary>Parses a data size the way Trino writes them: a number and a unit B, kB, MB, GB, TB or PB (powers of
    /// 1024; the unit's case is ignored).</summary>
    public static bool TryParseDataSize(string text, out long bytes)
    {
        bytes = 0;
        ReadOnlySpan<char> span = text.AsSpan().Trim();
        int split = 0;
        while (split < span.Length && (char.IsAsciiDigit(span[split]) || span[split] == '.'))
        {
            split++;
        }
        if (split == 0 || !double.TryParse(span[..split], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number))
        {
            return false;
        }
        int exponent = span[split..].Trim().ToString().ToUpperInvariant() switch
        {
            "B" => 0,
            "KB" => 1,
            "MB" => 2,
            "GB" => 3,
            "TB" => 4,
            "PB" => 5,
            _ => -1,
        };
        if (exponent < 0)
        {
            return false;
        }
        double value = Math.Round(number * Math.Pow(1024, exponent));
        if (value >= long.MaxValue)
        {
            return false;
        }
        bytes = (long)value;
        return true;
    }
}
