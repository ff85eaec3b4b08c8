using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security;

/// <summary>A configuration file parsed once at start and again when it changes: at most once per refresh period, a
/// new last-write time or size makes <see cref="Current"/> read it again. A file that cannot be read or parsed on
/// reload is logged and the previous contents stay in use; at start it is an error.</summary>
/// <typeparam name="T">What the file parses into (immutable).</typeparam>
internal sealed class ReloadingFile<T> where T : class
{
    private readonly string _path;
    private readonly Func<string, T> _parse;
    private readonly TimeSpan? _refreshPeriod;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;
    private readonly Lock _lock = new();
    private T _current;
    private (DateTime WriteTime, long Length) _loaded;
    private DateTimeOffset _lastCheck;

    /// <param name="path">The file.</param>
    /// <param name="parse">Reads the file's text; throws <see cref="ManifoldException"/> (CONFIGURATION_INVALID) for bad contents.</param>
    /// <param name="refreshPeriod">How often to look for a change; null never to reload.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where reloads and failed reloads are reported.</param>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the file cannot be read or parsed.</exception>
    public ReloadingFile(string path, Func<string, T> parse, TimeSpan? refreshPeriod, TimeProvider time, ILogger? logger)
    {
        _path = path;
        _parse = parse;
        _refreshPeriod = refreshPeriod;
        _time = time;
        _logger = logger;
        try
        {
            _loaded = Stamp();
            _current = parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ManifoldException(StandardErrorCode.ConfigurationInvalid, $"{path}: cannot read the file: {e.Message}");
        }
        _lastCheck = time.GetUtcNow();
    }

    /// <summary>The contents, reloaded first when the refresh period has passed and the file changed.</summary>
    public T Current
    {
        get
        {
            if (_refreshPeriod is not { } period)
            {
                return _current;
            }
            lock (_lock)
            {
                DateTimeOffset now = _time.GetUtcNow();
                if (now - _lastCheck >= period)
                {
                    _lastCheck = now;
                    Reload();
                }
                return _current;
            }
        }
    }

    private void Reload()
    {
        try
        {
            var stamp = Stamp();
            if (stamp == _loaded)
            {
                return;
            }
            _current = _parse(File.ReadAllText(_path));
            _loaded = stamp;
            _logger?.LogInformation("Reloaded {Path}", _path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ManifoldException)
        {
            _logger?.LogWarning("Cannot reload {Path}, keeping the previous contents: {Message}", _path, e.Message);
        }
    }

    private (DateTime, long) Stamp()
    {
        var info = new FileInfo(_path);
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : throw new FileNotFoundException($"Could not find file '{_path}'");
    }
}
