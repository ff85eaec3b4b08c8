using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;

namespace Manifold.Server.Security.Jwt;

/// <summary>Verifies a compact JWS: the signature with a key of the key set that fits the token's <c>kid</c> and
/// <c>alg</c> (<c>none</c> and unknown algorithms never verify), then <c>exp</c> and <c>nbf</c> within the clock skew,
/// and the required <c>iss</c> and <c>aud</c> when configured. Error texts never quote the token.</summary>
/// <remarks>Thread-safe.</remarks>
internal sealed class JwtValidator(Func<JwtKeySet> keys, TimeProvider time, TimeSpan clockSkew,
    string? requiredIssuer = null, string? requiredAudience = null)
{
    private static readonly string[] s_algorithms = ["HS256", "HS384", "HS512", "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"];

    /// <summary>Validates <paramref name="token"/>.</summary>
    /// <param name="token">The token text.</param>
    /// <param name="jwt">The verified token.</param>
    /// <param name="expires">Its <c>exp</c>, when it has one.</param>
    /// <param name="error">Why it was refused, without the token.</param>
    public bool TryValidate(string token, [NotNullWhen(true)] out JsonWebToken? jwt, out DateTimeOffset? expires, [NotNullWhen(false)] out string? error)
        => TryValidate(token, out jwt, out expires, out error, out _);

    /// <inheritdoc cref="TryValidate(string, out JsonWebToken?, out DateTimeOffset?, out string?)"/>
    /// <param name="unknownKeyId">Set when the token names a <c>kid</c> no key has: fetching the keys again may help.</param>
    public bool TryValidate(string token, [NotNullWhen(true)] out JsonWebToken? jwt, out DateTimeOffset? expires, [NotNullWhen(false)] out string? error,
        out bool unknownKeyId)
    {
        expires = null;
        unknownKeyId = false;
        if (!JsonWebToken.TryParse(token, out jwt, out error))
        {
            error = "malformed JWT: " + error;
            return false;
        }
        JsonWebToken parsed = jwt;
        jwt = null;
        if (Array.IndexOf(s_algorithms, parsed.Algorithm) < 0)
        {
            error = parsed.Algorithm.Equals("none", StringComparison.OrdinalIgnoreCase)
                ? "unsigned JWTs (alg 'none') are not accepted"
                : $"JWT algorithm '{Shorten(parsed.Algorithm)}' is not supported";
            return false;
        }
        bool anyKey = false;
        bool verified = false;
        foreach (JwtSigningKey key in keys().Candidates(parsed.KeyId))
        {
            if (!key.Supports(parsed.Algorithm))
            {
                continue;
            }
            anyKey = true;
            if (key.Verify(parsed.Algorithm, parsed.SigningInput, parsed.Signature))
            {
                verified = true;
                break;
            }
        }
        if (!verified)
        {
            unknownKeyId = !anyKey && parsed.KeyId is not null;
            error = anyKey
                ? "JWT signature does not match"
                : parsed.KeyId is null
                    ? $"no configured key verifies {parsed.Algorithm} signatures"
                    : $"no configured key with key id '{Shorten(parsed.KeyId)}' verifies {parsed.Algorithm} signatures";
            return false;
        }
        DateTimeOffset now = time.GetUtcNow();
        if (!TryReadTime(parsed.Payload, "exp", out DateTimeOffset? expiration) || !TryReadTime(parsed.Payload, "nbf", out DateTimeOffset? notBefore))
        {
            error = "JWT 'exp' or 'nbf' is not a number";
            return false;
        }
        if (expiration is { } exp && now > exp + clockSkew)
        {
            error = $"JWT expired at {Format(exp)} (now {Format(now)})";
            return false;
        }
        if (notBefore is { } nbf && now < nbf - clockSkew)
        {
            error = $"JWT is not valid before {Format(nbf)} (now {Format(now)})";
            return false;
        }
        if (requiredIssuer is not null
            && !(parsed.Payload.TryGetProperty("iss", out JsonElement issuer) && issuer.ValueKind == JsonValueKind.String && issuer.GetString() == requiredIssuer))
        {
            error = $"JWT issuer is not '{requiredIssuer}'";
            return false;
        }
        if (requiredAudience is not null && !HasAudience(parsed.Payload, requiredAudience))
        {
            error = $"JWT audience does not include '{requiredAudience}'";
            return false;
        }
        jwt = parsed;
        expires = expiration;
        return true;
    }

    /// <summary><c>aud</c> is a string or an array of strings (RFC 7519 §4.1.3).</summary>
    private static bool HasAudience(JsonElement payload, string audience)
    {
        if (!payload.TryGetProperty("aud", out JsonElement aud))
        {
            return false;
        }
        if (aud.ValueKind == JsonValueKind.String)
        {
            return aud.GetString() == audience;
        }
        if (aud.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entry in aud.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.String && entry.GetString() == audience)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>A NumericDate claim (seconds since the epoch, maybe fractional); absent is fine, anything else is not.</summary>
    private static bool TryReadTime(JsonElement payload, string name, out DateTimeOffset? value)
    {
        value = null;
        if (!payload.TryGetProperty(name, out JsonElement claim))
        {
            return true;
        }
        if (claim.ValueKind != JsonValueKind.Number || !claim.TryGetDouble(out double seconds) || double.IsNaN(seconds))
        {
            return false;
        }
        const double maxSeconds = 253402300799;   // 9999-12-31T23:59:59Z
        value = DateTimeOffset.FromUnixTimeMilliseconds((long)(Math.Clamp(seconds, -62135596800, maxSeconds) * 1000));
        return true;
    }

    private static string Format(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Header values come from the caller: keep what is echoed short.</summary>
    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
