using Manifold.Server.Hosting;
using Manifold.Spi.Errors;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security.Jwt;

/// <summary>The keys of a JWKS URL (<c>http-server.authentication.jwt.key-file=https://…</c>, as Trino): fetched at
/// start (a failure stops the start), again in the background once the refresh period has passed, and at once when a
/// token names a <c>kid</c> the set lacks (at most every <see cref="MinOnDemandInterval"/>, so random key ids cannot
/// make the coordinator hammer the issuer). A failed refresh is logged and the previous keys stay in use.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class JwksUrlKeySource : IDisposable
{
    public static readonly TimeSpan MinOnDemandInterval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(10);

    private readonly Uri _url;
    private readonly TimeSpan _refreshPeriod;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;
    private readonly HttpClient _http;
    private readonly Lock _lock = new();
    private JwtKeySet _current;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastOnDemand = DateTimeOffset.MinValue;
    private Task? _refreshing;

    /// <exception cref="ManifoldException">CONFIGURATION_INVALID when the first fetch fails or the document has no key.</exception>
    public JwksUrlKeySource(Uri url, TimeSpan refreshPeriod, TimeProvider time, ILogger? logger)
    {
        _url = url;
        _refreshPeriod = refreshPeriod;
        _time = time;
        _logger = logger;
        _http = new HttpClient { Timeout = FetchTimeout };
        try
        {
            // At start, before any request is served: blocking is fine here.
            _current = FetchAsync().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            _http.Dispose();
            throw PropertyValues.Invalid($"http-server.authentication.jwt.key-file: cannot fetch the JWKS from '{url}': {e.Message}");
        }
        _fetchedAt = time.GetUtcNow();
    }

    /// <summary>The keys as last fetched; starts a background refresh when the refresh period has passed.</summary>
    public JwtKeySet Current
    {
        get
        {
            lock (_lock)
            {
                if (_refreshing is null && _time.GetUtcNow() - _fetchedAt >= _refreshPeriod)
                {
                    _refreshing = Task.Run(RefreshAsync);
                }
                return _current;
            }
        }
    }

    /// <summary>Fetches the keys now because a token named an unknown key id, unless that was done less than
    /// <see cref="MinOnDemandInterval"/> ago.</summary>
    /// <returns>Whether the keys were fetched again (and may now know the id).</returns>
    public async ValueTask<bool> RefreshForUnknownKeyAsync()
    {
        Task refresh;
        lock (_lock)
        {
            DateTimeOffset now = _time.GetUtcNow();
            if (now - _lastOnDemand < MinOnDemandInterval)
            {
                return false;
            }
            _lastOnDemand = now;
            refresh = _refreshing ??= Task.Run(RefreshAsync);
        }
        await refresh.ConfigureAwait(false);
        return true;
    }

    private async Task RefreshAsync()
    {
        try
        {
            JwtKeySet keys = await FetchAsync().ConfigureAwait(false);
            lock (_lock)
            {
                _current = keys;
            }
            _logger?.LogInformation("Fetched {Count} JWT keys from {Url}", keys.Keys.Length, _url);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or ManifoldException)
        {
            _logger?.LogWarning("Cannot fetch the JWKS from {Url}, keeping the previous keys: {Message}", _url, e.Message);
        }
        finally
        {
            lock (_lock)
            {
                _fetchedAt = _time.GetUtcNow();
                _refreshing = null;
            }
        }
    }

    private async Task<JwtKeySet> FetchAsync()
    {
        string text = await _http.GetStringAsync(_url).ConfigureAwait(false);
        return JwtKeySet.ParseJwks(_url.ToString(), text);
    }

    public void Dispose() => _http.Dispose();
}
