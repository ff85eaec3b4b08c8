using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Spi.Errors;

namespace Manifold.Server.Security.AccessControl;

/// <summary><c>etc/group-provider.properties</c>: <c>group-provider.name=file</c>, <c>file.group-file</c> (lines
/// <c>group:user1,user2</c>) and <c>file.refresh-period</c> (default 5s). Without the file users have no groups.</summary>
internal sealed record GroupProviderSettings(string GroupFile, TimeSpan RefreshPeriod)
{
    public const string FileName = "group-provider.properties";

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the file and setting.</exception>
    public static GroupProviderSettings? Load(string? etcDirectory)
    {
        string? file = etcDirectory is null ? null : Path.Combine(etcDirectory, FileName);
        if (file is null || !File.Exists(file))
        {
            return null;
        }
        Dictionary<string, string> properties = PropertiesFile.Load(file);
        string name = properties.GetValueOrDefault("group-provider.name", "").Trim();
        if (name != "file")
        {
            throw Invalid(file, $"group-provider.name must be 'file' (the only group provider so far): '{name}'");
        }
        string groups = properties.GetValueOrDefault("file.group-file", "").Trim();
        if (groups.Length == 0)
        {
            throw Invalid(file, "file.group-file must name the group file");
        }
        TimeSpan refresh = TimeSpan.FromSeconds(5);
        if (properties.TryGetValue("file.refresh-period", out string? text) && !Duration.TryParse(text, out refresh))
        {
            throw Invalid(file, $"file.refresh-period is not a duration (like 5s or 1m): '{text}'");
        }
        return new GroupProviderSettings(groups, refresh);
    }

    private static ManifoldException Invalid(string file, string message) => new(StandardErrorCode.ConfigurationInvalid, $"{file}: {message}");
}
