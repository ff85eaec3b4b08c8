using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>Trino's <c>password-authenticator.name=file</c>: users and hashes from <c>file.password-file</c>, reloaded
/// when the file changed (looked at once per <c>file.refresh-period</c>); verified credentials are cached (at most
/// <c>file.auth-token-cache.max-size</c> entries, emptied on reload) so repeated requests do not re-run bcrypt.</summary>
internal sealed class FilePasswordAuthenticator : IPasswordAuthenticator
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private readonly TimeProvider _time;
    private readonly ReloadingFile<PasswordFile> _file;
    private readonly VerificationCache<bool> _cache;

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the password file cannot be read.</exception>
    public FilePasswordAuthenticator(PasswordFileSettings settings, TimeProvider time, ILogger? logger = null)
    {
        _time = time;
        _file = new ReloadingFile<PasswordFile>(settings.Path, text => Parse(text, settings.Path, logger), settings.RefreshPeriod, time, logger);
        _cache = new VerificationCache<bool>(settings.CacheMaxSize);
    }

    /// <summary>The users of the file as last loaded.</summary>
    public int UserCount => _file.Current.Users.Count;

    public bool Authenticate(string user, string password)
    {
        DateTimeOffset now = _time.GetUtcNow();
        UInt128 key = VerificationCache<bool>.Key(user + "\0" + password);
        PasswordFile file = _file.Current;
        if (_cache.TryGet(file, key, now, out bool cached))
        {
            return cached;
        }
        bool valid = file.Users.TryGetValue(user, out PasswordHash? hash) && hash.Verify(password);
        _cache.Add(file, key, valid, now + CacheLifetime);
        return valid;
    }

    private static PasswordFile Parse(string text, string path, ILogger? logger)
    {
        PasswordFile file = PasswordFile.Parse(text.Split('\n'));
        foreach (string problem in file.Problems)
        {
            logger?.LogWarning("Password file {Path} {Problem}; line skipped", path, problem);
        }
        return file;
    }
}
