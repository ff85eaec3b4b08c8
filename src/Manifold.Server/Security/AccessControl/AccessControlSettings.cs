using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Server.Security.AccessControl;

/// <summary><c>etc/access-control.properties</c>: <c>access-control.name=file</c> with <c>security.config-file</c> (the
/// rules.json) and an optional <c>security.refresh-period</c>. Without the file everything is allowed (Trino's
/// <c>allow-all</c>).</summary>
/// <param name="RulesFile">The rules.json path (relative paths are relative to the working folder, as in Trino).</param>
/// <param name="RefreshPeriod">How often to look whether the rules changed; null never to reload (Trino's default).</param>
internal sealed record AccessControlSettings(string RulesFile, TimeSpan? RefreshPeriod)
{
    public const string FileName = "access-control.properties";

    /// <summary>The settings, or null when there is no access-control.properties or it names <c>allow-all</c>.</summary>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the file and setting.</exception>
    public static AccessControlSettings? Load(string? etcDirectory)
    {
        string? file = etcDirectory is null ? null : Path.Combine(etcDirectory, FileName);
        if (file is null || !File.Exists(file))
        {
            return null;
        }
        Dictionary<string, string> properties = PropertiesFile.Load(file);
        string name = properties.GetValueOrDefault("access-control.name", "").Trim();
        if (name == "allow-all")
        {
            return null;
        }
        if (name != "file")
        {
            throw Invalid(file, $"access-control.name must be 'file' or 'allow-all': '{name}'");
        }
        string rules = properties.GetValueOrDefault("security.config-file", "").Trim();
        if (rules.Length == 0)
        {
            throw Invalid(file, "security.config-file must name the rules file (etc/rules.json)");
        }
        TimeSpan? refresh = null;
        if (properties.TryGetValue("security.refresh-period", out string? text))
        {
            if (!Duration.TryParse(text, out TimeSpan period))
            {
                throw Invalid(file, $"security.refresh-period is not a duration (like 5s or 1m): '{text}'");
            }
            refresh = period;
        }
        return new AccessControlSettings(rules, refresh);
    }

    private static ManifoldException Invalid(string file, string message) => new(StandardErrorCode.ConfigurationInvalid, $"{file}: {message}");
}
