using System.Security.Cryptography;

namespace Manifold.Server.Security.Jwt;

/// <summary>One key that can verify JWS signatures: an HMAC secret (HS256/384/512), an RSA public key (RS*, PS*) or an
/// EC public key (ES256 on P-256, ES384 on P-384, ES512 on P-521). A token's <c>alg</c> must fit the key's kind, so a
/// token "signed" with HS256 over the text of an RSA public key never verifies (algorithm confusion).</summary>
/// <remarks>Thread-safe: verification keeps no state.</remarks>
internal sealed class JwtSigningKey
{
    private readonly byte[]? _secret;
    private readonly RSA? _rsa;
    private readonly ECDsa? _ec;

    private JwtSigningKey(string? keyId, string? algorithm, byte[]? secret, RSA? rsa, ECDsa? ec)
    {
        KeyId = keyId;
        Algorithm = algorithm;
        _secret = secret;
        _rsa = rsa;
        _ec = ec;
    }

    /// <summary>The key's id (a JWK's <c>kid</c>); null for a key that answers to any id (a PEM or HMAC key file).</summary>
    public string? KeyId { get; }

    /// <summary>The one algorithm a JWK allows (its <c>alg</c>), when it names one.</summary>
    public string? Algorithm { get; }

    /// <summary>What kind of key this is, for messages.</summary>
    public string Kind => _secret is not null ? "HMAC" : _rsa is not null ? "RSA" : "EC";

    public static JwtSigningKey Hmac(byte[] secret, string? keyId = null, string? algorithm = null) => new(keyId, algorithm, secret, null, null);

    public static JwtSigningKey Rsa(RSA rsa, string? keyId = null, string? algorithm = null) => new(keyId, algorithm, null, rsa, null);

    public static JwtSigningKey EC(ECDsa ec, string? keyId = null, string? algorithm = null) => new(keyId, algorithm, null, null, ec);

    /// <summary>Whether <paramref name="algorithm"/> (a JWS <c>alg</c>) can be verified with this key.</summary>
    public bool Supports(string algorithm)
    {
        if (Algorithm is not null && Algorithm != algorithm)
        {
            return false;
        }
        return algorithm switch
        {
            "HS256" => _secret?.Length >= 32,   // RFC 7518 §3.2: a key at least as long as the hash
            "HS384" => _secret?.Length >= 48,
            "HS512" => _secret?.Length >= 64,
            "RS256" or "RS384" or "RS512" or "PS256" or "PS384" or "PS512" => _rsa is not null,
            "ES256" => _ec?.KeySize == 256,
            "ES384" => _ec?.KeySize == 384,
            "ES512" => _ec?.KeySize == 521,
            _ => false,
        };
    }

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="data"/> under
    /// <paramref name="algorithm"/>; false too when the key does not support the algorithm.</summary>
    public bool Verify(string algorithm, byte[] data, byte[] signature)
    {
        if (!Supports(algorithm))
        {
            return false;
        }
        try
        {
            return algorithm switch
            {
                "HS256" => CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_secret!, data), signature),
                "HS384" => CryptographicOperations.FixedTimeEquals(HMACSHA384.HashData(_secret!, data), signature),
                "HS512" => CryptographicOperations.FixedTimeEquals(HMACSHA512.HashData(_secret!, data), signature),
                "RS256" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                "RS384" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
                "RS512" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
                "PS256" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
                "PS384" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
                "PS512" => _rsa!.VerifyData(data, signature, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
                // JWS carries ECDSA signatures as r || s (IEEE P1363), not DER.
                "ES256" => _ec!.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                "ES384" => _ec!.VerifyData(data, signature, HashAlgorithmName.SHA384, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                "ES512" => _ec!.VerifyData(data, signature, HashAlgorithmName.SHA512, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                _ => false,
            };
        }
        catch (CryptographicException)
        {
            return false;   // a signature of the wrong length or shape
        }
    }
}
