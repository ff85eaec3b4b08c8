using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Manifold.Server.Security.Jwt;

namespace Manifold.Server.Security;

/// <summary>Trino's <c>internal-communication.shared-secret</c>: a node calling another node sends
/// <c>X-Trino-Internal-Bearer: &lt;JWT&gt;</c>, HS256-signed with the SHA-256 of the secret, <c>sub</c> = the calling
/// node's id, expiring after <see cref="TokenLifetime"/>. The receiving node verifies it with the same secret.</summary>
/// <remarks>Thread-safe. <see cref="CreateHeaderValue"/> reuses one token until half its lifetime has passed.</remarks>
internal sealed class InternalRequestSigner
{
    public const string HeaderName = "X-Trino-Internal-Bearer";

    /// <summary>The user an internal request runs as when it names none (Trino's <c>&lt;internal&gt;</c>).</summary>
    public const string InternalUser = "<internal>";

    /// <summary>The claim of the authenticated principal that holds the calling node's id.</summary>
    public const string NodeIdClaim = "manifold:node-id";

    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(5);

    private readonly byte[] _key;
    private readonly string _nodeId;
    private readonly TimeProvider _time;
    private readonly JwtValidator _validator;
    private volatile SignedToken? _current;   // swapped whole, so a reader never sees a token with another's renewal time

    /// <param name="sharedSecret">The value of <c>internal-communication.shared-secret</c>.</param>
    /// <param name="nodeId">This node's id, the <c>sub</c> of the tokens it signs.</param>
    /// <param name="time">The clock.</param>
    public InternalRequestSigner(string sharedSecret, string nodeId, TimeProvider time)
        : this(DeriveKey(sharedSecret), nodeId, time)
    {
    }

    /// <param name="key">The key of <see cref="DeriveKey"/>.</param>
    /// <param name="nodeId">This node's id, the <c>sub</c> of the tokens it signs.</param>
    /// <param name="time">The clock.</param>
    public InternalRequestSigner(byte[] key, string nodeId, TimeProvider time)
    {
        _key = key;
        _nodeId = nodeId;
        _time = time;
        var keys = new JwtKeySet([JwtSigningKey.Hmac(_key, algorithm: "HS256")]);
        _validator = new JwtValidator(() => keys, time, TimeSpan.Zero);
    }

    /// <summary>The HS256 key of a shared secret: its SHA-256, as Trino derives it.</summary>
    public static byte[] DeriveKey(string sharedSecret) => SHA256.HashData(Encoding.UTF8.GetBytes(sharedSecret));

    /// <summary>The value of <see cref="HeaderName"/> for a request from this node.</summary>
    public string CreateHeaderValue()
    {
        DateTimeOffset now = _time.GetUtcNow();
        if (_current is { } current && now < current.RenewAt)
        {
            return current.Token;
        }
        string token = Sign(_key, _nodeId, now + TokenLifetime);
        _current = new SignedToken(token, now + TokenLifetime / 2);
        return token;
    }

    /// <summary>Verifies a received <see cref="HeaderName"/> value: signature, expiry and a non-empty <c>sub</c>.</summary>
    /// <param name="value">The header value.</param>
    /// <param name="nodeId">The calling node's id.</param>
    /// <param name="error">Why it was refused (never the token).</param>
    public bool TryVerify(string value, [NotNullWhen(true)] out string? nodeId, [NotNullWhen(false)] out string? error)
    {
        nodeId = null;
        if (!_validator.TryValidate(value.Trim(), out JsonWebToken? jwt, out _, out error))
        {
            return false;
        }
        if (!jwt.Payload.TryGetProperty("sub", out JsonElement sub) || sub.ValueKind != JsonValueKind.String || sub.GetString() is not { Length: > 0 } node)
        {
            error = "the internal JWT has no 'sub' (node id)";
            return false;
        }
        nodeId = node;
        return true;
    }

    /// <summary>An HS256 compact JWS with <c>sub</c> and <c>exp</c>.</summary>
    internal static string Sign(byte[] key, string subject, DateTimeOffset expires)
    {
        string header = Base64Url.EncodeToString("""{"alg":"HS256","typ":"JWT"}"""u8);
        var claims = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(claims))
        {
            writer.WriteStartObject();
            writer.WriteString("sub", subject);
            writer.WriteNumber("exp", expires.ToUnixTimeSeconds());
            writer.WriteEndObject();
        }
        string payload = Base64Url.EncodeToString(claims.WrittenSpan);
        string signingInput = header + "." + payload;
        return signingInput + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput)));
    }

    private sealed record SignedToken(string Token, DateTimeOffset RenewAt);
}
