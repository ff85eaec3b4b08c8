using System.Buffers.Text;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Security.Jwt;

/// <summary>The keys of <c>http-server.authentication.jwt.key-file</c>: a PEM public key or certificate (RSA or EC),
/// a JWKS document (<c>{"keys":[...]}</c> or one JWK: kty RSA, EC or oct), or else, as in Trino, a base64 HMAC secret.</summary>
internal sealed class JwtKeySet
{
    private const string Property = "http-server.authentication.jwt.key-file";

    public JwtKeySet(ImmutableArray<JwtSigningKey> keys) => Keys = keys;

    public ImmutableArray<JwtSigningKey> Keys { get; }

    /// <summary>The keys that may have signed a token with this <c>kid</c>: those with that id, and those that answer to
    /// any id; every key when the token names none.</summary>
    public IEnumerable<JwtSigningKey> Candidates(string? keyId)
        => keyId is null ? Keys : Keys.Where(k => k.KeyId is null || k.KeyId == keyId);

    /// <summary>Reads a key file's text.</summary>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the property and the file.</exception>
    public static JwtKeySet Parse(string path, string text)
    {
        string trimmed = text.Trim();
        try
        {
            if (trimmed.StartsWith('{'))
            {
                return ParseJwksDocument(path, trimmed);
            }
            if (trimmed.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                return new JwtKeySet([ParsePem(path, trimmed)]);
            }
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException or ArgumentException
            or InvalidOperationException or System.Formats.Asn1.AsnContentException)
        {
            throw Invalid(path, $"cannot read the key: {e.Message}");
        }
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(trimmed);
        }
        catch (FormatException)
        {
            throw Invalid(path, "is neither a PEM public key or certificate, a JWKS document, nor a base64-encoded HMAC secret");
        }
        if (secret.Length < 32)
        {
            throw Invalid(path, $"the HMAC secret has {secret.Length} bytes; HS256 needs at least 32");
        }
        return new JwtKeySet([JwtSigningKey.Hmac(secret)]);
    }

    private static JwtSigningKey ParsePem(string path, string pem)
    {
        ReadOnlySpan<char> rest = pem;
        while (PemEncoding.TryFind(rest, out PemFields fields))
        {
            string label = rest[fields.Label].ToString();
            ReadOnlySpan<char> block = rest[fields.Location];
            rest = rest[fields.Location.End..];
            switch (label)
            {
                case "CERTIFICATE":
                    using (X509Certificate2 certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(block[fields.Base64Data].ToString())))
                    {
                        if (certificate.GetRSAPublicKey() is { } certificateRsa)
                        {
                            return RsaKey(path, certificateRsa);
                        }
                        if (certificate.GetECDsaPublicKey() is { } certificateEc)
                        {
                            return JwtSigningKey.EC(certificateEc);
                        }
                    }
                    throw Invalid(path, "the certificate has neither an RSA nor an EC key");
                case "RSA PUBLIC KEY":
                    var rsa = RSA.Create();
                    rsa.ImportFromPem(block);
                    return RsaKey(path, rsa);
                case "PUBLIC KEY":
                    byte[] spki = Convert.FromBase64String(block[fields.Base64Data].ToString());
                    string algorithm = SubjectPublicKeyAlgorithm(spki);
                    if (algorithm == "1.2.840.113549.1.1.1")
                    {
                        var spkiRsa = RSA.Create();
                        spkiRsa.ImportSubjectPublicKeyInfo(spki, out _);
                        return RsaKey(path, spkiRsa);
                    }
                    if (algorithm == "1.2.840.10045.2.1")
                    {
                        var ec = ECDsa.Create();
                        ec.ImportSubjectPublicKeyInfo(spki, out _);
                        return JwtSigningKey.EC(ec);
                    }
                    throw Invalid(path, $"the public key's algorithm ({algorithm}) is neither RSA nor EC");
            }
        }
        throw Invalid(path, "holds no PEM 'PUBLIC KEY', 'RSA PUBLIC KEY' or 'CERTIFICATE' block (a private key is never needed)");
    }

    private static string SubjectPublicKeyAlgorithm(byte[] spki)
    {
        var reader = new System.Formats.Asn1.AsnReader(spki, System.Formats.Asn1.AsnEncodingRules.DER);
        var info = reader.ReadSequence();
        var algorithm = info.ReadSequence();
        return algorithm.ReadObjectIdentifier();
    }

    private static JwtSigningKey RsaKey(string path, RSA rsa, string? keyId = null, string? algorithm = null)
        => rsa.KeySize >= 2048
            ? JwtSigningKey.Rsa(rsa, keyId, algorithm)
            : throw Invalid(path, $"the RSA key has {rsa.KeySize} bits; at least 2048 are needed");

    /// <summary>Reads a JWKS document (what a JWKS URL answers).</summary>
    /// <exception cref="ManifoldException">CONFIGURATION_INVALID naming the property and the source.</exception>
    public static JwtKeySet ParseJwks(string path, string json)
    {
        try
        {
            return ParseJwksDocument(path, json);
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException or ArgumentException)
        {
            throw Invalid(path, $"is not a usable JWKS document: {e.Message}");
        }
    }

    private static JwtKeySet ParseJwksDocument(string path, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement root = document.RootElement;
        var keys = ImmutableArray.CreateBuilder<JwtSigningKey>();
        if (root.TryGetProperty("keys", out JsonElement array))
        {
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw Invalid(path, "'keys' is not an array");
            }
            foreach (JsonElement jwk in array.EnumerateArray())
            {
                if (ParseJwk(path, jwk) is { } key)
                {
                    keys.Add(key);
                }
            }
        }
        else if (ParseJwk(path, root) is { } key)
        {
            keys.Add(key);
        }
        if (keys.Count == 0)
        {
            throw Invalid(path, "the JWKS document has no signing key of type RSA, EC or oct");
        }
        return new JwtKeySet(keys.ToImmutable());
    }

    /// <summary>One JWK (RFC 7517); null for a key this server does not verify with (other kty, or use other than sig).</summary>
    private static JwtSigningKey? ParseJwk(string path, JsonElement jwk)
    {
        if (jwk.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(path, "a JWK is not a JSON object");
        }
        string? use = String(jwk, "use");
        if (use is not null && use != "sig")
        {
            return null;
        }
        string? keyId = String(jwk, "kid");
        string? algorithm = String(jwk, "alg");
        switch (String(jwk, "kty"))
        {
            case "RSA":
                var rsa = RSA.Create();
                rsa.ImportParameters(new RSAParameters { Modulus = Bytes(path, jwk, "n"), Exponent = Bytes(path, jwk, "e") });
                return RsaKey(path, rsa, keyId, algorithm);
            case "EC":
                ECCurve curve = String(jwk, "crv") switch
                {
                    "P-256" => ECCurve.NamedCurves.nistP256,
                    "P-384" => ECCurve.NamedCurves.nistP384,
                    "P-521" => ECCurve.NamedCurves.nistP521,
                    var other => throw Invalid(path, $"the EC JWK '{keyId}' has an unsupported crv '{other}'"),
                };
                var ec = ECDsa.Create(new ECParameters { Curve = curve, Q = new ECPoint { X = Bytes(path, jwk, "x"), Y = Bytes(path, jwk, "y") } });
                return JwtSigningKey.EC(ec, keyId, algorithm);
            case "oct":
                byte[] secret = Bytes(path, jwk, "k");
                return secret.Length >= 32
                    ? JwtSigningKey.Hmac(secret, keyId, algorithm)
                    : throw Invalid(path, $"the oct JWK '{keyId}' has {secret.Length} bytes; HS256 needs at least 32");
            default:
                return null;
        }
    }

    private static string? String(JsonElement jwk, string name)
        => jwk.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(string path, JsonElement jwk, string name)
        => String(jwk, name) is { } text && Base64Url.IsValid(text)
            ? Base64Url.DecodeFromChars(text)
            : throw Invalid(path, $"a JWK has no base64url '{name}'");

    private static ManifoldException Invalid(string path, string message) => PropertyValues.Invalid($"{Property}: '{path}' {message}");
}
