using System.Security.Cryptography;
using Manifold.Server.Security;
using Manifold.Server.Security.Jwt;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>The internal bearer's token on a manual clock, and the JWT validator's time checks at their edges.</summary>
public sealed class InternalRequestSignerTests
{
    [Fact]
    public void A_token_is_reused_for_half_its_lifetime_and_verifies_until_it_expires()
    {
        var clock = new ManualTimeProvider();
        var signer = new InternalRequestSigner("cluster-secret", "worker-1", clock);
        string first = signer.CreateHeaderValue();
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Same(first, signer.CreateHeaderValue());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotEqual(first, signer.CreateHeaderValue());

        Assert.True(signer.TryVerify(first, out string? node, out _));
        Assert.Equal("worker-1", node);
        clock.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));   // 5 min 1 s after signing
        Assert.False(signer.TryVerify(first, out _, out string? error));
        Assert.StartsWith("JWT expired at", error);
    }

    [Fact]
    public void A_token_of_another_secret_or_without_sub_is_refused()
    {
        var clock = new ManualTimeProvider();
        var signer = new InternalRequestSigner("cluster-secret", "worker-1", clock);
        string other = new InternalRequestSigner("other-secret", "worker-1", clock).CreateHeaderValue();
        Assert.False(signer.TryVerify(other, out _, out string? error));
        Assert.Equal("JWT signature does not match", error);

        byte[] key = InternalRequestSigner.DeriveKey("cluster-secret");
        Assert.Equal(SHA256.HashData("cluster-secret"u8), key);
        string noSubject = TestJwt.Hmac(key, new() { ["exp"] = clock.GetUtcNow().AddMinutes(1).ToUnixTimeSeconds() });
        Assert.False(signer.TryVerify(noSubject, out _, out error));
        Assert.Equal("the internal JWT has no 'sub' (node id)", error);
    }

    [Fact]
    public void Exp_and_nbf_are_checked_with_the_clock_skew()
    {
        var clock = new ManualTimeProvider();
        byte[] secret = RandomNumberGenerator.GetBytes(32);
        var keys = new JwtKeySet([JwtSigningKey.Hmac(secret)]);
        var strict = new JwtValidator(() => keys, clock, TimeSpan.Zero);
        var lenient = new JwtValidator(() => keys, clock, TimeSpan.FromSeconds(30));
        long now = clock.GetUtcNow().ToUnixTimeSeconds();

        string expiresNow = TestJwt.Hmac(secret, new() { ["sub"] = "a", ["exp"] = now });
        Assert.True(strict.TryValidate(expiresNow, out _, out DateTimeOffset? expires, out _));
        Assert.Equal(clock.GetUtcNow(), expires);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(strict.TryValidate(expiresNow, out _, out _, out _));
        Assert.True(lenient.TryValidate(expiresNow, out _, out _, out _));
        clock.Advance(TimeSpan.FromSeconds(30));
        Assert.False(lenient.TryValidate(expiresNow, out _, out _, out _));

        long later = clock.GetUtcNow().ToUnixTimeSeconds() + 20;
        string notYet = TestJwt.Hmac(secret, new() { ["sub"] = "a", ["nbf"] = later });
        Assert.False(strict.TryValidate(notYet, out _, out _, out string? error));
        Assert.StartsWith("JWT is not valid before", error);
        Assert.True(lenient.TryValidate(notYet, out _, out _, out _));
        string noExpiry = TestJwt.Hmac(secret, new() { ["sub"] = "a" });
        Assert.True(strict.TryValidate(noExpiry, out _, out expires, out _));
        Assert.Null(expires);
    }

    [Fact]
    public void A_short_hmac_key_does_not_verify_hs384_or_hs512()
    {
        byte[] secret = RandomNumberGenerator.GetBytes(32);
        var keys = new JwtKeySet([JwtSigningKey.Hmac(secret)]);
        var validator = new JwtValidator(() => keys, TimeProvider.System, TimeSpan.Zero);
        Assert.True(validator.TryValidate(TestJwt.Hmac(secret, TestJwt.Claims(), "HS256"), out _, out _, out _));
        Assert.False(validator.TryValidate(TestJwt.Hmac(secret, TestJwt.Claims(), "HS512"), out _, out _, out string? error));
        Assert.Equal("no configured key verifies HS512 signatures", error);
    }
}
