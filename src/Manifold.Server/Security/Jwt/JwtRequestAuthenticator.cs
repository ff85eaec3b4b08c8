using System.Text.Json;
using Manifold.Server.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Manifold.Server.Security.Jwt;

/// <summary>JWT: <c>Authorization: Bearer &lt;token&gt;</c> verified against the key file (reloaded when it changes) or
/// a JWKS URL's keys, the principal read from <c>principal-field</c> and mapped to a user by <c>user-mapping.pattern</c>,
/// as Trino's <c>JwtAuthenticator</c>.</summary>
/// <remarks>Verified tokens are remembered (at most <see cref="CacheMaxSize"/>, for at most <see cref="CacheLifetime"/>
/// and never past their <c>exp</c>; forgotten when the keys change), keyed by a SHA-256 of the token, so a client
/// sending the same token on every request pays a hash and a dictionary lookup instead of a signature check.</remarks>
internal sealed class JwtRequestAuthenticator : IRequestAuthenticator
{
    public const int CacheMaxSize = 1000;
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private readonly JwtSettings _settings;
    private readonly TimeProvider _time;
    private readonly Func<JwtKeySet> _keys;
    private readonly JwksUrlKeySource? _jwks;
    private readonly JwtValidator _validator;
    private readonly VerificationCache<string> _cache = new(CacheMaxSize);

    /// <exception cref="Spi.Errors.ManifoldException">CONFIGURATION_INVALID when the key file cannot be read or parsed.</exception>
    public JwtRequestAuthenticator(JwtSettings settings, TimeProvider time, ILogger? logger = null)
    {
        _settings = settings;
        _time = time;
        if (settings.KeyUrl is { } url)
        {
            _jwks = new JwksUrlKeySource(url, settings.RefreshPeriod, time, logger);
            _keys = () => _jwks.Current;
        }
        else
        {
            ReloadingFile<JwtKeySet> file;
            try
            {
                file = new ReloadingFile<JwtKeySet>(settings.KeyFile, text => JwtKeySet.Parse(settings.KeyFile, text), settings.RefreshPeriod, time, logger);
            }
            catch (Spi.Errors.ManifoldException e) when (!e.Message.StartsWith("http-server.", StringComparison.Ordinal))
            {
                throw Hosting.PropertyValues.Invalid("http-server.authentication.jwt.key-file: " + e.Message);
            }
            _keys = () => file.Current;
        }
        _validator = new JwtValidator(_keys, time, settings.ClockSkew, settings.RequiredIssuer, settings.RequiredAudience);
    }

    public string Type => "JWT";

    public string Challenge(ProtocolHeaders headers)
        => $"Bearer realm=\"{(headers == ProtocolHeaders.Presto ? "Presto" : "Trino")}\", token_type=\"JWT\"";

    public async ValueTask<AuthenticationOutcome> AuthenticateAsync(HttpContext context, ProtocolHeaders headers)
    {
        string? authorization = context.Request.Headers.Authorization;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.NoCredentials;
        }
        string token = authorization["Bearer ".Length..].Trim();
        AuthenticationOutcome outcome = Authenticate(token, out bool unknownKeyId);
        if (unknownKeyId && _jwks is not null && await _jwks.RefreshForUnknownKeyAsync())
        {
            outcome = Authenticate(token, out _);   // the issuer may have rotated its keys
        }
        return outcome;
    }

    /// <summary>Verifies one token (or finds it verified in the cache) and maps its principal to a user.</summary>
    public AuthenticationOutcome Authenticate(string token) => Authenticate(token, out _);

    private AuthenticationOutcome Authenticate(string token, out bool unknownKeyId)
    {
        unknownKeyId = false;
        if (token.Length == 0)
        {
            return Failure("empty bearer token");
        }
        if (token.Length > JsonWebToken.MaxLength)
        {
            return Failure($"malformed JWT: the token is longer than {JsonWebToken.MaxLength} characters");
        }
        UInt128 key = VerificationCache<string>.Key(token);
        DateTimeOffset now = _time.GetUtcNow();
        JwtKeySet keys = _keys();
        if (_cache.TryGet(keys, key, now, out string? cachedUser))
        {
            return AuthenticationOutcome.Success(cachedUser);
        }
        if (!_validator.TryValidate(token, out JsonWebToken? jwt, out DateTimeOffset? expires, out string? error, out unknownKeyId))
        {
            return Failure(error);
        }
        if (!jwt.Payload.TryGetProperty(_settings.PrincipalField, out JsonElement field) || field.ValueKind != JsonValueKind.String
            || field.GetString() is not { Length: > 0 } principal)
        {
            return Failure($"the JWT has no string claim '{_settings.PrincipalField}'");
        }
        if (!_settings.UserMapping.TryMap(principal, out string user, out string reason))
        {
            return Failure("the JWT principal " + reason);
        }
        DateTimeOffset until = now + CacheLifetime;
        if (expires is { } exp && exp < until)
        {
            until = exp;
        }
        _cache.Add(keys, key, user, until);
        return AuthenticationOutcome.Success(user);
    }

    private static AuthenticationOutcome Failure(string reason) => AuthenticationOutcome.Failure("Access Denied: " + reason);
}
