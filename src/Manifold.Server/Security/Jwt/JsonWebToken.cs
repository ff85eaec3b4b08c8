using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;

namespace Manifold.Server.Security.Jwt;

/// <summary>A compact JWS (<c>header.payload.signature</c>, RFC 7515/7519) split and decoded, not yet verified.</summary>
/// <remarks>Encrypted tokens (JWE, five parts) and headers with <c>crit</c> are refused: nothing here understands them.</remarks>
internal sealed class JsonWebToken
{
    /// <summary>Longer tokens are refused before anything is decoded.</summary>
    public const int MaxLength = 16 * 1024;

    private JsonWebToken(string algorithm, string? keyId, JsonElement payload, byte[] signingInput, byte[] signature)
    {
        Algorithm = algorithm;
        KeyId = keyId;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header's <c>alg</c>.</summary>
    public string Algorithm { get; }

    /// <summary>The header's <c>kid</c>, when present.</summary>
    public string? KeyId { get; }

    /// <summary>The claims: a JSON object.</summary>
    public JsonElement Payload { get; }

    /// <summary>The ASCII bytes of <c>header.payload</c>, what the signature covers.</summary>
    public byte[] SigningInput { get; }

    public byte[] Signature { get; }

    /// <summary>Splits and decodes a token; <paramref name="error"/> says what is malformed, never quoting the token.</summary>
    public static bool TryParse(string token, [NotNullWhen(true)] out JsonWebToken? jwt, [NotNullWhen(false)] out string? error)
    {
        jwt = null;
        if (token.Length > MaxLength)
        {
            error = $"the token is longer than {MaxLength} characters";
            return false;
        }
        int first = token.IndexOf('.');
        int second = first < 0 ? -1 : token.IndexOf('.', first + 1);
        if (second < 0 || token.IndexOf('.', second + 1) >= 0)
        {
            error = "not a compact JWS (three dot-separated parts)";
            return false;
        }
        if (!TryDecode(token.AsSpan(0, first), out byte[]? headerBytes)
            || !TryDecode(token.AsSpan(first + 1, second - first - 1), out byte[]? payloadBytes)
            || !TryDecode(token.AsSpan(second + 1), out byte[]? signature))
        {
            error = "a part is not base64url";
            return false;
        }
        string? algorithm;
        string? keyId;
        JsonElement payload;
        try
        {
            using (JsonDocument header = JsonDocument.Parse(headerBytes))
            {
                if (header.RootElement.ValueKind != JsonValueKind.Object)
                {
                    error = "the header is not a JSON object";
                    return false;
                }
                if (header.RootElement.TryGetProperty("crit", out _) || header.RootElement.TryGetProperty("enc", out _))
                {
                    error = "the header has 'crit' or 'enc' parameters, which are not supported";
                    return false;
                }
                algorithm = header.RootElement.TryGetProperty("alg", out JsonElement alg) && alg.ValueKind == JsonValueKind.String ? alg.GetString() : null;
                keyId = header.RootElement.TryGetProperty("kid", out JsonElement kid) && kid.ValueKind == JsonValueKind.String ? kid.GetString() : null;
            }
            using JsonDocument claims = JsonDocument.Parse(payloadBytes);
            if (claims.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "the payload is not a JSON object";
                return false;
            }
            payload = claims.RootElement.Clone();
        }
        catch (JsonException)
        {
            error = "the header or payload is not valid JSON";
            return false;
        }
        if (string.IsNullOrEmpty(algorithm))
        {
            error = "the header has no 'alg'";
            return false;
        }
        jwt = new JsonWebToken(algorithm, keyId, payload, Encoding.ASCII.GetBytes(token, 0, second), signature);
        error = null;
        return true;
    }

    private static bool TryDecode(ReadOnlySpan<char> part, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (!Base64Url.IsValid(part))
        {
            return false;
        }
        bytes = Base64Url.DecodeFromChars(part);
        return true;
    }
}
