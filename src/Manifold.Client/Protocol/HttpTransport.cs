using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Manifold.Client.Protocol;

/// <summary>HTTP to one coordinator: base address, credentials, per-request timeout and the retry policy of Trino's
/// clients for 502/503/504 (and 429 with <c>Retry-After</c>).</summary>
/// <remarks>Handlers are shared per TLS configuration, so opening and closing connections reuses sockets.</remarks>
internal sealed class HttpTransport
{
    private static readonly ConcurrentDictionary<(ManifoldSslMode, string?, string?), HttpClient> s_clients = new();
    private static readonly string s_userAgent = "Manifold.Client/" + (typeof(HttpTransport).Assembly.GetName().Version?.ToString(3) ?? "0");

    private readonly HttpClient _http;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly KerberosCredentials? _kerberos;

    public HttpTransport(ManifoldConnectionStringBuilder settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            throw new ArgumentException("The connection string has no Host");
        }
        bool secure = settings.SslMode != ManifoldSslMode.Disable;
        BaseAddress = new UriBuilder(secure ? "https" : "http", settings.Host, settings.Port).Uri;
        bool hasPassword = !string.IsNullOrEmpty(settings.Password);
        bool hasToken = !string.IsNullOrEmpty(settings.AccessToken);
        bool hasKerberos = !string.IsNullOrEmpty(settings.Kerberos);
        if (hasKerberos && (hasPassword || hasToken))
        {
            throw new ArgumentException("Kerberos cannot be combined with Password or AccessToken: choose one authentication method");
        }
        if (!secure && (hasPassword || hasToken || hasKerberos) && !settings.AllowPasswordOverHttp)
        {
            throw new InvalidOperationException((hasPassword ? "A password" : hasToken ? "An access token" : "A Kerberos ticket")
                + " is only sent over TLS: set SslMode=Require, VerifyCA or VerifyFull, or AllowPasswordOverHttp=true to send it in clear text");
        }
        if (hasKerberos)
        {
            _kerberos = new KerberosCredentials(settings.Kerberos!, settings.Host, settings.KerberosCredentialCachePath);
        }
        else if (hasToken)
        {
            _authorization = new AuthenticationHeaderValue("Bearer", settings.AccessToken);
        }
        else if (hasPassword)
        {
            string user = settings.User ?? "";
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + settings.Password)));
        }
        RequestTimeout = settings.Timeout == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(settings.Timeout);
        if (secure && !string.IsNullOrEmpty(settings.SslRootCert))
        {
            // Read now, so a missing file or wrong password fails here with a clear message instead of in the handshake.
            LoadRootCertificates(settings.SslRootCert, settings.SslRootCertPassword);
        }
        _http = s_clients.GetOrAdd((settings.SslMode, settings.SslRootCert, settings.SslRootCertPassword),
            static key => CreateClient(key.Item1, key.Item2, key.Item3));
    }

    public Uri BaseAddress { get; }

    /// <summary>The time one request may take, retries included.</summary>
    public TimeSpan RequestTimeout { get; }

    public HttpRequestMessage CreateRequest(HttpMethod method, Uri uri)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.TryAddWithoutValidation("User-Agent", s_userAgent);
        if (_authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }
        else if (_kerberos is not null)
        {
            request.Headers.Authorization = _kerberos.CreateHeader();   // a fresh ticket each time: the server keeps a replay cache
        }
        return request;
    }

    public Uri Resolve(string pathAndQuery) => new(BaseAddress, pathAndQuery);

    /// <summary>Sends a request built by <paramref name="create"/>, retrying transient answers with a growing delay
    /// (100 ms × attempt, as Trino's Java client) until <see cref="RequestTimeout"/>. A POST is retried only when the
    /// server cannot have started it: connection refused, or 503.</summary>
    public async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> create, bool idempotent, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(RequestTimeout);
        DateTime start = DateTime.UtcNow;
        for (int attempt = 1; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? failure = null;
            try
            {
                using HttpRequestMessage request = create();
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                bool transient = response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
                    or HttpStatusCode.TooManyRequests;
                bool retryable = idempotent || response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests;
                if (!transient || !retryable)
                {
                    return response;
                }
            }
            catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.SecureConnectionError)
            {
                // An untrusted or misnamed certificate does not get better by retrying.
                throw new ManifoldDbException($"Cannot establish TLS with {BaseAddress}: {e.Message} (check SslMode and SslRootCert)", e);
            }
            catch (HttpRequestException e) when (idempotent || e.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
            {
                failure = e;
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                response?.Dispose();
                throw new ManifoldDbException($"The server did not answer within the connection's Timeout of {RequestTimeout.TotalSeconds:0} s", new TimeoutException(e.Message, e));
            }
            TimeSpan delay = TimeSpan.FromMilliseconds(100 * Math.Min(attempt, 10));
            if (response?.Headers.RetryAfter is { } retryAfter)
            {
                delay = retryAfter.Delta ?? (retryAfter.Date is { } date ? date - DateTimeOffset.UtcNow : delay);
            }
            if (RequestTimeout != Timeout.InfiniteTimeSpan && DateTime.UtcNow - start + delay > RequestTimeout)
            {
                if (response is not null)
                {
                    return response;
                }
                throw new ManifoldDbException($"Cannot reach the server at {BaseAddress}: {failure!.Message}", failure);
            }
            response?.Dispose();
            await Task.Delay(delay > TimeSpan.Zero ? delay : TimeSpan.Zero, timeout.Token).ConfigureAwait(false);
        }
    }

    /// <summary>GET a JSON document; anything but 200 becomes a <see cref="ManifoldDbException"/>.</summary>
    public async Task<byte[]> GetJsonAsync(string pathAndQuery, CancellationToken cancellationToken)
    {
        Uri uri = Resolve(pathAndQuery);
        using HttpResponseMessage response = await SendAsync(() => CreateRequest(HttpMethod.Get, uri), idempotent: true, cancellationToken).ConfigureAwait(false);
        await EnsureSuccessAsync(response, "GET", uri, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task EnsureSuccessAsync(HttpResponseMessage response, string method, Uri uri, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        string body = "";
        try
        {
            body = (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
        }
        catch (HttpRequestException)
        {
        }
        if (body.Length > 500)
        {
            body = body[..500] + "…";
        }
        throw new ManifoldDbException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase} from {method} {uri.AbsolutePath}" + (body.Length > 0 ? ": " + body : ""))
        {
            HttpStatus = response.StatusCode,
        };
    }

    /// <summary>The certificates of a PEM file, or of a PKCS#12 file (anything that is not PEM text).</summary>
    private static X509Certificate2Collection LoadRootCertificates(string path, string? password)
    {
        try
        {
            byte[] bytes = File.ReadAllBytes(path);
            if (bytes.AsSpan().IndexOf("-----BEGIN"u8) >= 0)
            {
                X509Certificate2Collection pem = [];
                pem.ImportFromPemFile(path);
                return pem;
            }
            return X509CertificateLoader.LoadPkcs12Collection(bytes, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new ManifoldDbException($"Cannot read SslRootCert '{path}': {e.Message}", e);
        }
    }

    private static HttpClient CreateClient(ManifoldSslMode mode, string? rootCertificatePath, string? password)
    {
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
        if (mode != ManifoldSslMode.Disable)
        {
            X509Certificate2Collection? roots = null;
            if (!string.IsNullOrEmpty(rootCertificatePath))
            {
                roots = LoadRootCertificates(rootCertificatePath, password);
            }
            handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, chain, errors) => Validate(mode, roots, certificate, errors);
        }
        return new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    private static bool Validate(ManifoldSslMode mode, X509Certificate2Collection? roots, X509Certificate? certificate, SslPolicyErrors errors)
    {
        if (mode == ManifoldSslMode.Require)
        {
            return true;
        }
        if (certificate is null)
        {
            return false;
        }
        bool nameOk = (errors & SslPolicyErrors.RemoteCertificateNameMismatch) == 0 || mode == ManifoldSslMode.VerifyCA;
        if (roots is null)
        {
            return nameOk && (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == 0;
        }
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var leaf = new X509Certificate2(certificate);
        return nameOk && chain.Build(leaf);
    }
}
