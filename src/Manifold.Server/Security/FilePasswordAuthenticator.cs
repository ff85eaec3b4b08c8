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
    private readonly ILogger? _logger;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (bool Valid, DateTimeOffset Expires)> _cache = new(StringComparer.Ordinal);
    private PasswordFile _file;
    private DateTime _loadedWriteTime;
    private DateTimeOffset _lastCheck;

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the password file cannot be read.</exception>
    public FilePasswordAuthenticator(PasswordFileSettings settings, TimeProvider time, ILogger? logger = null)
    {
        _settings = settings;
        _time = time;
        _logger = logger;
        try
        {
            _loadedWriteTime = File.GetLastWriteTimeUtc(settings.Path);
            _file = Read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"file.password-file: cannot read '{settings.Path}': {e.Message}");
        }
        _lastCheck = time.GetUtcNow();
    }

    /// <summary>The users of the file as last loaded.</summary>
    public int UserCount => _file.Users.Count;

    public bool Authenticate(string user, string password)
    {
        PasswordFile file;
        DateTimeOffset now = _time.GetUtcNow();
        string key = CacheKey(user, password);
        lock (_lock)
        {
            RefreshIfDue(now);
            if (_cache.TryGetValue(key, out var cached) && cached.Expires > now)
            {
                return cached.Valid;
            }
            file = _file;
        }
        bool valid = file.Users.TryGetValue(user, out PasswordHash? hash) && hash.Verify(password);
        lock (_lock)
        {
            if (ReferenceEquals(file, _file) && _settings.CacheMaxSize > 0)
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

    private void RefreshIfDue(DateTimeOffset now)
    {
        if (now - _lastCheck < _settings.RefreshPeriod)
        {
            return;
        }
        _lastCheck = now;
        try
        {
            DateTime written = File.GetLastWriteTimeUtc(_settings.Path);
            if (written == _loadedWriteTime)
            {
                return;
            }
            _file = Read();
            _loadedWriteTime = written;
            _cache.Clear();
            _logger?.LogInformation("Reloaded the password file {Path}: {Users} users", _settings.Path, _file.Users.Count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger?.LogWarning("Cannot reload the password file {Path}, keeping the previous users: {Message}", _settings.Path, e.Message);
        }
    }

    private PasswordFile Read()
    {
        PasswordFile file = PasswordFile.Parse(File.ReadAllLines(_settings.Path));
        foreach (string problem in file.Problems)
        {
            _logger?.LogWarning("Password file {Path} {Problem}; line skipped", _settings.Path, problem);
        }
        return file;
    }

    /// <summary>A digest, so the cache never holds a password in clear text.</summary>
    private static string CacheKey(string user, string password)
        => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(user + "\0" + password)));
}
