using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Manifold.Testing.Security;

/// <summary>Makes compact JWS tokens for tests (no JWT library): HMAC, RSA and ECDSA signatures, or any header and a
/// garbage signature for the malformed cases.</summary>
public static class TestJwt
{
    /// <summary>Writes <paramref name="key"/>'s public key to <c>jwt.pem</c> in <paramref name="etc"/> and returns the
    /// coordinator properties of JWT authentication with that key file.</summary>
    public static Dictionary<string, string> CoordinatorProperties(RSA key, string etc)
    {
        string keyFile = Path.Combine(etc, "jwt.pem");
        File.WriteAllText(keyFile, key.ExportSubjectPublicKeyInfoPem());
        return new()
        {
            ["http-server.authentication.type"] = "JWT",
            ["http-server.authentication.jwt.key-file"] = keyFile,
        };
    }

    /// <summary>A token for <paramref name="subject"/> expiring in an hour, plus <paramref name="claims"/>.</summary>
    public static JsonObject Claims(string subject = "alice", TimeSpan? expiresIn = null, params (string Name, JsonNode? Value)[] claims)
    {
        var payload = new JsonObject
        {
            ["sub"] = subject,
            ["iat"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["exp"] = DateTimeOffset.UtcNow.Add(expiresIn ?? TimeSpan.FromHours(1)).ToUnixTimeSeconds(),
        };
        foreach (var (name, value) in claims)
        {
            payload[name] = value;
        }
        return payload;
    }

    public static string Hmac(byte[] secret, JsonObject payload, string algorithm = "HS256", string? keyId = null)
        => Sign(Header(algorithm, keyId), payload, input => algorithm switch
        {
            "HS256" => HMACSHA256.HashData(secret, input),
            "HS384" => HMACSHA384.HashData(secret, input),
            _ => HMACSHA512.HashData(secret, input),
        });

    public static string Rsa(RSA key, JsonObject payload, string algorithm = "RS256", string? keyId = null)
        => Sign(Header(algorithm, keyId), payload, input => key.SignData(input, Hash(algorithm),
            algorithm.StartsWith("PS", StringComparison.Ordinal) ? RSASignaturePadding.Pss : RSASignaturePadding.Pkcs1));

    public static string EC(ECDsa key, JsonObject payload, string algorithm = "ES256", string? keyId = null)
        => Sign(Header(algorithm, keyId), payload, input => key.SignData(input, Hash(algorithm), DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

    /// <summary>Any header, with a signature of 32 zero bytes (or none at all).</summary>
    public static string Unsigned(JsonObject header, JsonObject payload, bool emptySignature = false)
        => Sign(header, payload, _ => emptySignature ? [] : new byte[32]);

    public static JsonObject Header(string algorithm, string? keyId = null)
    {
        var header = new JsonObject { ["alg"] = algorithm, ["typ"] = "JWT" };
        if (keyId is not null)
        {
            header["kid"] = keyId;
        }
        return header;
    }

    /// <summary>A JWKS document with one key per entry.</summary>
    public static string Jwks(params JsonObject[] keys) => new JsonObject { ["keys"] = new JsonArray([.. keys]) }.ToJsonString();

    public static JsonObject RsaJwk(RSA key, string keyId)
    {
        RSAParameters p = key.ExportParameters(false);
        return new JsonObject { ["kty"] = "RSA", ["kid"] = keyId, ["use"] = "sig", ["n"] = B64(p.Modulus!), ["e"] = B64(p.Exponent!) };
    }

    public static JsonObject ECJwk(ECDsa key, string keyId)
    {
        ECParameters p = key.ExportParameters(false);
        return new JsonObject { ["kty"] = "EC", ["kid"] = keyId, ["crv"] = "P-256", ["x"] = B64(p.Q.X!), ["y"] = B64(p.Q.Y!) };
    }

    public static JsonObject HmacJwk(byte[] secret, string keyId) => new() { ["kty"] = "oct", ["kid"] = keyId, ["k"] = B64(secret) };

    public static string B64(ReadOnlySpan<byte> bytes) => Base64Url.EncodeToString(bytes);

    private static HashAlgorithmName Hash(string algorithm) => algorithm[2..] switch
    {
        "256" => HashAlgorithmName.SHA256,
        "384" => HashAlgorithmName.SHA384,
        _ => HashAlgorithmName.SHA512,
    };

    private static string Sign(JsonObject header, JsonObject payload, Func<byte[], byte[]> sign)
    {
        string input = B64(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + B64(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return input + "." + B64(sign(Encoding.ASCII.GetBytes(input)));
    }
}
