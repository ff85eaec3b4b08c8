using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using Manifold.Server.Hosting;
using Manifold.Server.Security;
using Manifold.Spi.Errors;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>JWT authentication (<c>http-server.authentication.type=JWT</c>) with keys made here: an HMAC secret, RSA
/// 2048 and ECDSA P-256, as PEM and JWKS files in the coordinator's etc/; and the internal shared secret.</summary>
public sealed class JwtAuthenticationTests
{
    private static readonly byte[] s_secret = RandomNumberGenerator.GetBytes(32);
    private static readonly RSA s_rsa = RSA.Create(2048);
    private static readonly ECDsa s_ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    /// <summary>A coordinator with JWT (or <paramref name="types"/>) whose key file is <paramref name="keyFile"/> in etc/;
    /// failed attempts are not rate limited, so one coordinator can see many bad tokens.</summary>
    private static Task<SecureCoordinator> StartAsync(string keyFile, Dictionary<string, string>? properties = null, string types = "JWT",
        string fileName = "jwt.key")
    {
        var all = new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = types,
            ["http-server.authentication.jwt.key-file"] = "${ETC}/" + fileName,
            ["http-server.authentication.max-failed-attempts"] = "0",
        };
        foreach (var (key, value) in properties ?? [])
        {
            all[key] = value;
        }
        return SecureCoordinator.StartAsync(properties: all, etcFiles: new() { [fileName] = keyFile });
    }

    private static string HmacKeyFile => Convert.ToBase64String(s_secret);

    private static HttpClient Bearer(SecureCoordinator server, string token)
    {
        HttpClient http = server.Https(keepAlive: true);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>Runs <c>SELECT current_user</c> without X-Trino-User, so the session user is the authenticated one.</summary>
    private static async Task<string> CurrentUserAsync(HttpClient http)
    {
        using var post = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT current_user") };
        using HttpResponseMessage response = await http.SendAsync(post, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject document = JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!.AsObject();
        string? user = null;
        while (true)
        {
            Assert.Null(document["error"]);
            if (document["data"] is JsonArray data)
            {
                user = data[0]![0]!.GetValue<string>();
            }
            if (document["nextUri"]?.GetValue<string>() is not { } next)
            {
                break;
            }
            document = JsonNode.Parse(await http.GetStringAsync(next, Token))!.AsObject();
        }
        return user!;
    }

    private static async Task<(HttpStatusCode Status, string Body, string[] Challenges)> GetQueriesAsync(HttpClient http)
    {
        using HttpResponseMessage response = await http.GetAsync("/v1/query", Token);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Token), [.. response.Headers.WwwAuthenticate.Select(h => h.ToString())]);
    }

    private static async Task AssertRefusedAsync(SecureCoordinator server, string token, string message)
    {
        using HttpClient http = Bearer(server, token);
        var (status, body, challenges) = await GetQueriesAsync(http);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Contains(message, body);
        Assert.DoesNotContain(token, body);
        Assert.Equal(["Bearer realm=\"Trino\", token_type=\"JWT\""], challenges);
    }

    [Fact]
    public async Task An_hmac_token_authenticates_its_subject()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile);
        using HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, TestJwt.Claims("carol")));
        Assert.Equal("carol", await CurrentUserAsync(http));
        Assert.Equal("carol", await CurrentUserAsync(http));   // the second time from the cache
    }

    [Fact]
    public async Task An_rsa_token_verifies_with_a_pem_public_key_and_with_a_certificate()
    {
        await using (SecureCoordinator server = await StartAsync(s_rsa.ExportSubjectPublicKeyInfoPem(), fileName: "rsa.pem"))
        {
            using HttpClient http = Bearer(server, TestJwt.Rsa(s_rsa, TestJwt.Claims("dave")));
            Assert.Equal("dave", await CurrentUserAsync(http));
            using HttpClient pss = Bearer(server, TestJwt.Rsa(s_rsa, TestJwt.Claims("dave"), "PS256"));
            Assert.Equal("dave", await CurrentUserAsync(pss));
        }
        var request = new CertificateRequest("CN=issuer", s_rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using X509Certificate2 certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        await using (SecureCoordinator server = await StartAsync(certificate.ExportCertificatePem(), fileName: "rsa-cert.pem"))
        {
            using HttpClient http = Bearer(server, TestJwt.Rsa(s_rsa, TestJwt.Claims("dave"), "RS512"));
            Assert.Equal("dave", await CurrentUserAsync(http));
        }
    }

    [Fact]
    public async Task An_ec_token_verifies_with_a_pem_public_key()
    {
        await using SecureCoordinator server = await StartAsync(s_ec.ExportSubjectPublicKeyInfoPem(), fileName: "ec.pem");
        using HttpClient http = Bearer(server, TestJwt.EC(s_ec, TestJwt.Claims("erin")));
        Assert.Equal("erin", await CurrentUserAsync(http));
    }

    [Fact]
    public async Task A_jwks_file_picks_the_key_by_kid_and_refuses_an_unknown_kid()
    {
        string jwks = TestJwt.Jwks(TestJwt.RsaJwk(s_rsa, "rsa-1"), TestJwt.ECJwk(s_ec, "ec-1"), TestJwt.HmacJwk(s_secret, "hmac-1"));
        await using SecureCoordinator server = await StartAsync(jwks, fileName: "jwks.json");
        foreach (var (token, user) in new[]
        {
            (TestJwt.Rsa(s_rsa, TestJwt.Claims("frank"), keyId: "rsa-1"), "frank"),
            (TestJwt.EC(s_ec, TestJwt.Claims("grace"), keyId: "ec-1"), "grace"),
            (TestJwt.Hmac(s_secret, TestJwt.Claims("heidi"), keyId: "hmac-1"), "heidi"),
        })
        {
            using HttpClient http = Bearer(server, token);
            Assert.Equal(user, await CurrentUserAsync(http));
        }
        await AssertRefusedAsync(server, TestJwt.Rsa(s_rsa, TestJwt.Claims(), keyId: "rsa-2"), "no configured key with key id 'rsa-2'");
        // The right kid with another kind of key: the EC key cannot check an RSA signature.
        await AssertRefusedAsync(server, TestJwt.Rsa(s_rsa, TestJwt.Claims(), keyId: "ec-1"), "no configured key with key id 'ec-1' verifies RS256");
    }

    [Fact]
    public async Task The_principal_field_and_user_mapping_choose_the_user()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile, new()
        {
            ["http-server.authentication.jwt.principal-field"] = "email",
            ["http-server.authentication.jwt.user-mapping.pattern"] = "(.*)@example\\.com",
        });
        using HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, TestJwt.Claims("ignored", null, ("email", "ivan@example.com"))));
        Assert.Equal("ivan", await CurrentUserAsync(http));
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("x", null, ("email", "ivan@example.org"))),
            "does not match http-server.authentication.jwt.user-mapping.pattern");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("x")), "no string claim 'email'");
    }

    [Fact]
    public async Task A_user_mapping_file_maps_the_principal_by_its_first_matching_rule()
    {
        var all = new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = "JWT",
            ["http-server.authentication.jwt.key-file"] = "${ETC}/jwt.key",
            ["http-server.authentication.jwt.user-mapping.file"] = "${ETC}/user-mapping.json",
        };
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(properties: all, etcFiles: new()
        {
            ["jwt.key"] = HmacKeyFile,
            ["user-mapping.json"] = """{"rules": [{"pattern": "(.*)@example\\.com", "case": "lower"}, {"pattern": "svc-(.*)", "allow": false}]}""",
        });
        using HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, TestJwt.Claims("Ivan@example.com")));
        Assert.Equal("ivan", await CurrentUserAsync(http));
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("svc-etl")), "is refused by http-server.authentication.jwt.user-mapping.file");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("ivan@example.org")), "does not match http-server.authentication.jwt.user-mapping.file");
    }

    [Fact]
    public async Task A_wrong_signature_none_and_algorithm_confusion_are_refused()
    {
        string publicPem = s_rsa.ExportSubjectPublicKeyInfoPem();
        await using SecureCoordinator server = await StartAsync(publicPem, fileName: "rsa.pem");
        using RSA other = RSA.Create(2048);
        await AssertRefusedAsync(server, TestJwt.Rsa(other, TestJwt.Claims()), "JWT signature does not match");
        // The classic confusion: HS256 "signed" with the public key's PEM text as the HMAC secret.
        await AssertRefusedAsync(server, TestJwt.Hmac(Encoding.ASCII.GetBytes(publicPem), TestJwt.Claims()), "no configured key verifies HS256");
        await AssertRefusedAsync(server, TestJwt.Unsigned(TestJwt.Header("none"), TestJwt.Claims(), emptySignature: true), "alg 'none'");
        await AssertRefusedAsync(server, TestJwt.Unsigned(TestJwt.Header("NONE"), TestJwt.Claims(), emptySignature: true), "alg 'none'");
        await AssertRefusedAsync(server, TestJwt.Unsigned(TestJwt.Header("HS999"), TestJwt.Claims()), "algorithm 'HS999' is not supported");
        // A valid token with its payload swapped keeps the old signature.
        string valid = TestJwt.Rsa(s_rsa, TestJwt.Claims("alice"));
        string[] parts = valid.Split('.');
        string forged = parts[0] + "." + TestJwt.B64(Encoding.UTF8.GetBytes(TestJwt.Claims("admin").ToJsonString())) + "." + parts[2];
        await AssertRefusedAsync(server, forged, "JWT signature does not match");
    }

    [Fact]
    public async Task Issuer_audience_expiry_and_not_before_are_checked()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile, new()
        {
            ["http-server.authentication.jwt.required-issuer"] = "https://issuer.example",
            ["http-server.authentication.jwt.required-audience"] = "manifold",
        });
        JsonObject Good(params (string, JsonNode?)[] extra)
            => TestJwt.Claims("judy", null, [("iss", "https://issuer.example"), ("aud", "manifold"), .. extra]);
        using (HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, Good())))
        {
            Assert.Equal("judy", await CurrentUserAsync(http));
        }
        using (HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, Good(("aud", new JsonArray("other", "manifold"))))))
        {
            Assert.Equal("judy", await CurrentUserAsync(http));
        }
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("iss", "https://evil.example"))), "JWT issuer is not 'https://issuer.example'");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("aud", new JsonArray("other")))), "JWT audience does not include 'manifold'");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("aud", null))), "JWT audience does not include 'manifold'");
        long past = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("exp", past))), "JWT expired at");
        long future = DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds();
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("nbf", future))), "JWT is not valid before");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, Good(("exp", "tomorrow"))), "'exp' or 'nbf' is not a number");
    }

    [Fact]
    public async Task The_clock_skew_lets_a_just_expired_token_pass()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile, new() { ["http-server.authentication.jwt.clock-skew"] = "5m" });
        long past = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds();
        using HttpClient http = Bearer(server, TestJwt.Hmac(s_secret, TestJwt.Claims("kim", null, ("exp", past))));
        Assert.Equal("kim", await CurrentUserAsync(http));
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("kim", TimeSpan.FromMinutes(-6))), "JWT expired at");
    }

    [Fact]
    public async Task Malformed_tokens_are_refused_without_echoing_them()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile);
        string valid = TestJwt.Hmac(s_secret, TestJwt.Claims());
        string[] parts = valid.Split('.');
        await AssertRefusedAsync(server, "not-a-jwt", "not a compact JWS");
        await AssertRefusedAsync(server, parts[0] + "." + parts[1], "not a compact JWS");
        await AssertRefusedAsync(server, valid + ".extra.part", "not a compact JWS");
        await AssertRefusedAsync(server, parts[0] + ".%%%%." + parts[2], "a part is not base64url");
        await AssertRefusedAsync(server, TestJwt.B64("{\"alg\":"u8) + "." + parts[1] + "." + parts[2], "not valid JSON");
        await AssertRefusedAsync(server, parts[0] + "." + TestJwt.B64("[1,2]"u8) + "." + parts[2], "the payload is not a JSON object");
        await AssertRefusedAsync(server, TestJwt.Hmac(s_secret, TestJwt.Claims("x", null, ("pad", new string('a', 20_000)))), "longer than");
        using HttpClient empty = server.Https();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer ");
        using HttpResponseMessage response = await empty.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(parts[2], server.Log.ToString());   // the log never holds a token
    }

    [Fact]
    public async Task Missing_credentials_get_the_bearer_challenge_and_both_challenges_with_password_and_jwt()
    {
        await using (SecureCoordinator server = await StartAsync(HmacKeyFile))
        {
            using HttpClient anonymous = server.Https();
            var (status, body, challenges) = await GetQueriesAsync(anonymous);
            Assert.Equal(HttpStatusCode.Unauthorized, status);
            Assert.Equal(["Bearer realm=\"Trino\", token_type=\"JWT\""], challenges);
            using var presto = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
            presto.Headers.Add("X-Presto-User", "alice");
            using HttpResponseMessage prestoResponse = await anonymous.SendAsync(presto, Token);
            Assert.Equal("Bearer realm=\"Presto\", token_type=\"JWT\"", prestoResponse.Headers.WwwAuthenticate.Single().ToString());
        }
        await using (SecureCoordinator both = await StartAsync(HmacKeyFile, types: "PASSWORD,JWT"))
        {
            using HttpClient anonymous = both.Https();
            var (_, _, challenges) = await GetQueriesAsync(anonymous);
            Assert.Equal(["Basic realm=\"Trino\"", "Bearer realm=\"Trino\", token_type=\"JWT\""], challenges);
            using HttpClient alice = both.Https("alice", "alice-secret");
            Assert.Equal(HttpStatusCode.OK, (await alice.GetAsync("/v1/query", Token)).StatusCode);
            using HttpClient jwt = Bearer(both, TestJwt.Hmac(s_secret, TestJwt.Claims("leo")));
            Assert.Equal("leo", await CurrentUserAsync(jwt));
        }
    }

    [Fact]
    public async Task A_bearer_token_over_plain_http_is_not_accepted()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile);
        using HttpClient http = server.Http();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestJwt.Hmac(s_secret, TestJwt.Claims()));
        Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task A_replaced_key_file_is_used_after_the_refresh_period_and_old_tokens_stop_working()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile,
            new() { ["http-server.authentication.jwt.key-file.refresh-period"] = "0s" });
        string token = TestJwt.Hmac(s_secret, TestJwt.Claims("mia"));
        using (HttpClient http = Bearer(server, token))
        {
            Assert.Equal("mia", await CurrentUserAsync(http));
        }
        byte[] newSecret = RandomNumberGenerator.GetBytes(48);
        await File.WriteAllTextAsync(Path.Combine(server.Etc, "jwt.key"), Convert.ToBase64String(newSecret), Token);
        File.SetLastWriteTimeUtc(Path.Combine(server.Etc, "jwt.key"), DateTime.UtcNow.AddSeconds(5));
        await AssertRefusedAsync(server, token, "JWT signature does not match");
        using HttpClient renewed = Bearer(server, TestJwt.Hmac(newSecret, TestJwt.Claims("mia")));
        Assert.Equal("mia", await CurrentUserAsync(renewed));
    }

    [Fact]
    public async Task A_jwks_url_is_fetched_at_start_and_again_for_an_unknown_kid_at_most_every_30_seconds()
    {
        using RSA rotated = RSA.Create(2048);
        using var jwks = new JwksServer(TestJwt.Jwks(TestJwt.RsaJwk(s_rsa, "k1")));
        await using SecureCoordinator server = await StartAsync(HmacKeyFile, new()
        {
            ["http-server.authentication.jwt.key-file"] = jwks.Url,
        });
        Assert.Equal(1, jwks.Requests);
        using (HttpClient http = Bearer(server, TestJwt.Rsa(s_rsa, TestJwt.Claims("olga"), keyId: "k1")))
        {
            Assert.Equal("olga", await CurrentUserAsync(http));
        }
        // The issuer rotates its key: the first token with the new kid makes the coordinator fetch the keys again.
        jwks.Document = TestJwt.Jwks(TestJwt.RsaJwk(rotated, "k2"));
        using (HttpClient http = Bearer(server, TestJwt.Rsa(rotated, TestJwt.Claims("olga"), keyId: "k2")))
        {
            Assert.Equal("olga", await CurrentUserAsync(http));
        }
        Assert.Equal(2, jwks.Requests);
        // Another unknown kid right after: refused without fetching again.
        await AssertRefusedAsync(server, TestJwt.Rsa(rotated, TestJwt.Claims(), keyId: "k3"), "no configured key with key id 'k3'");
        Assert.Equal(2, jwks.Requests);
    }

    /// <summary>Serves one JWKS document on loopback and counts the requests.</summary>
    private sealed class JwksServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private int _requests;

        public JwksServer(string document)
        {
            Document = document;
            var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            int port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            Url = $"http://127.0.0.1:{port}/jwks.json";
            _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            _listener.Start();
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }
        public volatile string Document;
        public int Requests => Volatile.Read(ref _requests);

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }
                Interlocked.Increment(ref _requests);
                byte[] body = Encoding.UTF8.GetBytes(Document);
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }

    [Theory]
    [InlineData(null, "key-file")]
    [InlineData("missing.pem", "no file")]
    [InlineData("http://127.0.0.1:1/jwks.json", "cannot fetch the JWKS from 'http://127.0.0.1:1/jwks.json'")]
    public async Task A_missing_key_file_is_a_configuration_error(string? keyFile, string message)
    {
        var properties = new Dictionary<string, string> { ["http-server.authentication.type"] = "JWT" };
        if (keyFile is not null)
        {
            properties["http-server.authentication.jwt.key-file"] = keyFile;
        }
        var e = await Assert.ThrowsAsync<ManifoldException>(() => SecureCoordinator.StartAsync(properties: properties));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains("http-server.authentication.jwt.key-file", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("not base64 !!", "neither a PEM public key")]
    [InlineData("c2hvcnQ=", "HS256 needs at least 32")]
    [InlineData("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n", "cannot read the key")]
    [InlineData("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"a\"}]}", "no base64url 'n'")]
    [InlineData("{\"keys\":[]}", "no signing key")]
    public async Task An_unreadable_key_is_a_configuration_error(string text, string message)
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => StartAsync(text));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains("http-server.authentication.jwt.key-file", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Theory]
    [InlineData("(unclosed", "not a valid regular expression")]
    [InlineData(".*", "needs a capturing group")]
    public async Task A_bad_user_mapping_pattern_is_a_configuration_error(string pattern, string message)
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => StartAsync(HmacKeyFile,
            new() { ["http-server.authentication.jwt.user-mapping.pattern"] = pattern }));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains("http-server.authentication.jwt.user-mapping.pattern", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public async Task A_request_signed_with_the_internal_shared_secret_skips_user_authentication()
    {
        await using SecureCoordinator server = await StartAsync(HmacKeyFile, new() { ["internal-communication.shared-secret"] = "cluster-secret" });
        // There is no node-to-node traffic yet: the test signs as another node would.
        var signer = new InternalRequestSigner("cluster-secret", "worker-1", TimeProvider.System);
        using HttpClient node = server.Https(keepAlive: true);
        node.DefaultRequestHeaders.Add(InternalRequestSigner.HeaderName, signer.CreateHeaderValue());
        Assert.Equal(InternalRequestSigner.InternalUser, await CurrentUserAsync(node));
        using (var asUser = new HttpRequestMessage(HttpMethod.Get, "/v1/query"))
        {
            asUser.Headers.Add("X-Trino-User", "bob");   // a node acts for any user: no impersonation check
            Assert.Equal(HttpStatusCode.OK, (await node.SendAsync(asUser, Token)).StatusCode);
        }

        var wrong = new InternalRequestSigner("other-secret", "worker-1", TimeProvider.System);
        using HttpClient impostor = server.Https();
        impostor.DefaultRequestHeaders.Add(InternalRequestSigner.HeaderName, wrong.CreateHeaderValue());
        using HttpResponseMessage refused = await impostor.GetAsync("/v1/query", Token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Invalid internal bearer token", await refused.Content.ReadAsStringAsync(Token));
        Assert.Contains("invalid X-Trino-Internal-Bearer: JWT signature does not match", server.Log.ToString());

        using HttpClient expired = server.Https();
        expired.DefaultRequestHeaders.Add(InternalRequestSigner.HeaderName, InternalRequestSigner.Sign(
            SHA256.HashData("cluster-secret"u8), "worker-1", DateTimeOffset.UtcNow.AddMinutes(-1)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task An_internal_request_is_accepted_over_http_without_user_authentication_configured()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(properties: new()
        {
            ["http-server.authentication.type"] = "",
            ["internal-communication.shared-secret"] = "cluster-secret",
        });
        using HttpClient node = server.Http();
        node.DefaultRequestHeaders.Add(InternalRequestSigner.HeaderName, "garbage");
        Assert.Equal(HttpStatusCode.Unauthorized, (await node.GetAsync("/v1/query", Token)).StatusCode);
        using HttpClient signed = server.Http();
        signed.DefaultRequestHeaders.Add(InternalRequestSigner.HeaderName,
            new InternalRequestSigner("cluster-secret", "worker-1", TimeProvider.System).CreateHeaderValue());
        Assert.Equal(HttpStatusCode.OK, (await signed.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task An_empty_shared_secret_is_a_configuration_error()
    {
        var e = await Assert.ThrowsAsync<ManifoldException>(() => StartAsync(HmacKeyFile, new() { ["internal-communication.shared-secret"] = " " }));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains("internal-communication.shared-secret", e.Message);
    }
}
