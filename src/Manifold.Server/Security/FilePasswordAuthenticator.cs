using System.Security.Cryptography;
using System.Text;
using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>Trino's <c>password-authenticator.name=file</c>: users and hashes from <c>file.password-file</c>, reloaded
/// when the file changed (looked at once per <c>file.refresh-period</c>); verified credentials are cached (at most
/// <c>file.auth-token-cache.max-size</c> entries, emptied on reload) so repeated requests do not re-run bcrypt.</summary>
internal sealed class FilePasswordAuthenticator : IPasswordAuthenticator
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private readonly PasswordFileSettings _settings;
    private readonly TimeProvider _time;
    private readonly ReloadingFile<PasswordFile> _file;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (bool Valid, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);
    private PasswordFile _cachedFor;

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the password file cannot be read.</exception>
    public FilePasswordAuthenticator(PasswordFileSettings settings, TimeProvider time, ILogger? logger = null)
    {
        _settings = settings;
        _time = time;
        _file = new ReloadingFile<PasswordFile>(settings.Path, text => Parse(text, settings.Path, logger), settings.RefreshPeriod, time, logger);
        _cachedFor = _file.Current;
    }

    /// <summary>The users of the file as last loaded.</summary>
    public int UserCount => _file.Current.Users.Count;

    public bool Authenticate(string user, string password)
    {
        DateTimeOffset now = _time.GetUtcNow();
        string key = CacheKey(user, password);
        PasswordFile file = _file.Current;
        lock (_lock)
        {
            if (!ReferenceEquals(file, _cachedFor))
            {
                _cache.Clear();   // reloaded: a removed user or changed password must not linger
                _cachedFor = file;
            }
            if (_cache.TryGetValue(key, out var cached) && cached.Expires > now)
            {
                return cached.Valid;
            }
        }
        bool valid = file.Users.TryGetValue(user, out PasswordHash? hash) && hash.Verify(password);
        lock (_lock)
        {
            if (ReferenceEquals(file, _cachedFor) && _settings.CacheMaxSize > 0)
            {
                if (_cache.Count >= _settings.CacheMaxSize)
                {
                    _cache.Clear();   // crude but bounded; a full cache is refilled by the next requests
                }
                _cache[key] = (valid, now + CacheLifetime);
            }
        }
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

    /// <summary>A digest, so the cache never holds a password in clear text.</summary>
    private static string CacheKey(string user, string password)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user + "\0" + password)));
}
