using System.Globalization;

namespace Manifold.Engine.Connectors.Tpch;

/// <summary>Schema names and the scale factors they denote.</summary>
internal static class TpchSchemaNames
{
    /// <summary>Trino's <c>tiny</c> schema.</summary>
    public const string Tiny = "tiny";

    /// <summary>The scale factor of <c>tiny</c>.</summary>
    public const double TinyScaleFactor = 0.01;

    /// <summary>The schemas listed (Trino's list plus <c>sf10</c>); any other valid <c>sfN</c> also resolves.</summary>
    public static IReadOnlyList<string> Listed { get; } =
        [Tiny, "sf1", "sf10", "sf100", "sf300", "sf1000", "sf3000", "sf10000", "sf30000", "sf100000"];

    /// <summary>The scale factor of a schema name: <c>tiny</c>, or <c>sf</c> followed by a positive decimal number
    /// (digits with at most one point) that gives every table at least one row.</summary>
    public static bool TryGetScaleFactor(string schema, out double scaleFactor)
    {
        scaleFactor = 0;
        if (schema == Tiny)
        {
            scaleFactor = TinyScaleFactor;
            return true;
        }
        if (!schema.StartsWith("sf", StringComparison.Ordinal) || schema.Length == 2)
        {
            return false;
        }
        ReadOnlySpan<char> number = schema.AsSpan(2);
        int points = 0;
        foreach (char c in number)
        {
            if (c == '.')
            {
                points++;
            }
            else if (c is < '0' or > '9')
            {
                return false;
            }
        }
        if (points > 1 || number[0] == '.' || number[^1] == '.')
        {
            return false;
        }
        if (!double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value)
            || TpchScale.TryCreate(value) is null)
        {
            return false;
        }
        scaleFactor = value;
        return true;
    }
}
