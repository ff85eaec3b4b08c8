using Manifold.Engine.Metadata;
using Manifold.Engine.Session;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Security;

/// <summary><c>etc/password-authenticator.properties</c> for <c>password-authenticator.name=file</c>.</summary>
internal sealed record PasswordFileSettings(string Path, TimeSpan RefreshPeriod, int CacheMaxSize)
{
    public const string FileName = "password-authenticator.properties";

    /// <summary>Reads <c>password-authenticator.properties</c> of the etc folder.</summary>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the missing or malformed setting.</exception>
    public static PasswordFileSettings Load(string? etcDirectory)
    {
        string? file = etcDirectory is null ? null : System.IO.Path.Combine(etcDirectory, FileName);
        if (file is null || !File.Exists(file))
        {
            throw Invalid($"http-server.authentication.type=PASSWORD needs etc/{FileName} (password-authenticator.name=file)");
        }
        Dictionary<string, string> properties = PropertiesFile.Load(file);
        string name = properties.GetValueOrDefault("password-authenticator.name", "").Trim();
        if (name != "file")
        {
            throw Invalid($"password-authenticator.name must be 'file' (the only password authenticator so far): '{name}'");
        }
        string path = properties.GetValueOrDefault("file.password-file", "").Trim();
        if (path.Length == 0)
        {
            throw Invalid("file.password-file must name the password file");
        }
        TimeSpan refresh = TimeSpan.FromSeconds(5);
        if (properties.TryGetValue("file.refresh-period", out string? refreshText) && !Duration.TryParse(refreshText, out refresh))
        {
            throw Invalid($"file.refresh-period is not a duration (like 5s or 1m): '{refreshText}'");
        }
        int cacheSize = 1000;
        if (properties.TryGetValue("file.auth-token-cache.max-size", out string? sizeText)
            && (!int.TryParse(sizeText.Trim(), out cacheSize) || cacheSize < 0))
        {
            throw Invalid($"file.auth-token-cache.max-size must be a non-negative integer: '{sizeText}'");
        }
        return new PasswordFileSettings(path, refresh, cacheSize);
    }

    private static ManifoldException Invalid(string message) => PropertyValues.Invalid(message);
}
