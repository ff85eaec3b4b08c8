using System.Globalization;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Server.Hosting;

/// <summary>Parses one value of a Trino-style properties file; a bad value is CONFIGURATION_INVALID naming the key.</summary>
internal static class PropertyValues
{
    public static int Int(string key, string value, int min, int max)
        => int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max
            ? n
            : throw Invalid($"{key} must be an integer between {min} and {max}: '{value}'");

    public static bool Bool(string key, string value) => value.Trim().ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw Invalid($"{key} must be true or false: '{value}'"),
    };

    public static TimeSpan Time(string key, string value)
        => Duration.TryParse(value, out TimeSpan duration)
            ? duration
            : throw Invalid($"{key} is not a duration (like 30s or 5m): '{value}'");

    /// <summary>The CONFIGURATION_INVALID error every settings reader throws.</summary>
    public static ManifoldException Invalid(string message) => new(StandardErrorCode.ConfigurationInvalid, message);
}
