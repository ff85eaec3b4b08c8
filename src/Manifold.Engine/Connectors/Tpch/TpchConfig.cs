using System.Globalization;
using Manifold.Spi.Errors;
using Manifold.Spi.Vectors;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>The catalog properties of a <c>tpch</c> catalog (as in Trino's <c>TpchConfig</c>).</summary>
/// <param name="ColumnNaming"><c>tpch.column-naming</c>: SIMPLIFIED (default) or STANDARD.</param>
/// <param name="DoubleTypeMapping"><c>tpch.double-type-mapping</c>: DOUBLE (default) or DECIMAL.</param>
/// <param name="MaxRowsPerPage"><c>tpch.max-rows-per-page</c>: page size, at most <see cref="Page.DefaultMaxRowCount"/> (the default).</param>
/// <param name="SplitsPerNode"><c>tpch.splits-per-node</c>: when set, the number of splits per table instead of the engine's hint.</param>
internal sealed record TpchConfig(TpchColumnNaming ColumnNaming, TpchDoubleTypeMapping DoubleTypeMapping, int MaxRowsPerPage, int? SplitsPerNode)
{
    public const string ColumnNamingProperty = "tpch.column-naming";
    public const string DoubleTypeMappingProperty = "tpch.double-type-mapping";
    public const string MaxRowsPerPageProperty = "tpch.max-rows-per-page";
    public const string SplitsPerNodeProperty = "tpch.splits-per-node";

    /// <summary>Trino properties that are accepted (and validated) but change nothing here: there is no filter pushdown
    /// or table partitioning to turn off.</summary>
    private static readonly string[] s_acceptedBooleans = ["tpch.predicate-pushdown-enabled", "tpch.partitioning-enabled"];

    /// <summary>Trino's defaults.</summary>
    public static TpchConfig Default { get; } = new(TpchColumnNaming.Simplified, TpchDoubleTypeMapping.Double, Page.DefaultMaxRowCount, null);

    /// <summary>Reads the catalog properties; unknown or invalid ones fail with CONFIGURATION_INVALID naming the property.</summary>
    public static TpchConfig Parse(IReadOnlyDictionary<string, string> properties)
    {
        TpchConfig config = Default;
        foreach ((string name, string rawValue) in properties)
        {
            string value = rawValue.Trim();
            switch (name)
            {
                case ColumnNamingProperty:
                    config = config with
                    {
                        ColumnNaming = value.ToUpperInvariant() switch
                        {
                            "SIMPLIFIED" => TpchColumnNaming.Simplified,
                            "STANDARD" => TpchColumnNaming.Standard,
                            _ => throw Invalid(name, value, "SIMPLIFIED or STANDARD"),
                        },
                    };
                    break;
                case DoubleTypeMappingProperty:
                    config = config with
                    {
                        DoubleTypeMapping = value.ToUpperInvariant() switch
                        {
                            "DOUBLE" => TpchDoubleTypeMapping.Double,
                            "DECIMAL" => TpchDoubleTypeMapping.Decimal,
                            _ => throw Invalid(name, value, "DOUBLE or DECIMAL"),
                        },
                    };
                    break;
                case MaxRowsPerPageProperty:
                    config = config with { MaxRowsPerPage = PositiveInt(name, value, Page.DefaultMaxRowCount) };
                    break;
                case SplitsPerNodeProperty:
                    config = config with { SplitsPerNode = PositiveInt(name, value, 1_000_000) };
                    break;
                default:
                    if (Array.IndexOf(s_acceptedBooleans, name) >= 0)
                    {
                        if (!bool.TryParse(value, out _))
                        {
                            throw Invalid(name, value, "true or false");
                        }
                        break;
                    }
                    throw new ManifoldException(StandardErrorCode.ConfigurationInvalid,
                        $"Unknown property '{name}' for the tpch connector");
            }
        }
        return config;
    }

    private static int PositiveInt(string name, string value, int max)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int result) && result >= 1 && result <= max)
        {
            return result;
        }
        throw Invalid(name, value, $"an integer from 1 to {max.ToString(CultureInfo.InvariantCulture)}");
    }

    private static ManifoldException Invalid(string name, string value, string expected)
        => new(StandardErrorCode.ConfigurationInvalid, $"Invalid value '{value}' for property '{name}': expected {expected}");
}
