using System.Globalization;

namespace Manifold.Bench.Tpch;

/// <summary>Schema names for a TPC-H scale factor.</summary>
public static class TpchSchemas
{
    /// <summary>The <c>tpch</c> connector's schema: <c>tiny</c> for 0.01, else <c>sf</c> and the number
    /// (<c>sf1</c>, <c>sf0.1</c>). Names holding a point must be quoted in SQL (<see cref="Quote"/>).</summary>
    public static string TpchSchema(double scale)
    {
        ValidateScale(scale);
        return scale == 0.01 ? "tiny" : "sf" + FormatScale(scale);
    }

    /// <summary>A schema name for a copy in another catalog: <c>sf</c> and the number with <c>_</c> for the point
    /// (<c>sf1</c>, <c>sf0_01</c>), so it needs no quoting.</summary>
    public static string CopySchema(double scale)
    {
        ValidateScale(scale);
        return "sf" + FormatScale(scale).Replace('.', '_');
    }

    /// <summary>The scale factor as the shortest plain decimal (<c>1</c>, <c>0.01</c>, <c>2.5</c>).</summary>
    public static string FormatScale(double scale) => scale.ToString("0.################", CultureInfo.InvariantCulture);

    /// <summary>A delimited identifier: <c>"sf0.1"</c>.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void ValidateScale(double scale)
    {
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale factor must be a positive number");
        }
    }
}
