using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Manifold.Spi.Errors;
using Manifold.Testing.Security;

namespace Manifold.Server.Tests.Security;

/// <summary>KERBEROS (SPNEGO) authentication over HTTPS against a real throw-away MIT KDC (<see cref="TestKerberosRealm"/>).
/// The tests of this class run one after another (<see cref="KerberosCollection"/>).</summary>
[Collection(KerberosCollection.Name)]
public sealed class KerberosAuthenticationTests
{
    private const string Alice = "alice@" + TestKerberosRealm.Realm;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private static Task<SecureCoordinator> StartAsync(TestKerberosRealm realm, string types = "KERBEROS", string? pattern = @"(.*)@MANIFOLD\.TEST",
        string? keytab = null, bool persistCredentials = false)
    {
        var properties = new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = types,
            ["http-server.authentication.krb5.service-name"] = "HTTP",
            ["http-server.authentication.krb5.keytab"] = keytab ?? realm.ServiceKeytabPath,
        };
        if (pattern is not null)
        {
            properties["http-server.authentication.krb5.user-mapping.pattern"] = pattern;
        }
        if (persistCredentials)
        {
            properties["http-server.authentication.krb5.persist-credentials"] = "true";
        }
        return SecureCoordinator.StartAsync(properties: properties);
    }

    private static HttpRequestMessage WithToken(HttpRequestMessage request, byte[] token)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Negotiate", Convert.ToBase64String(token));
        return request;
    }

    [Fact]
    public async Task A_query_with_a_kerberos_ticket_runs_as_the_mapped_user()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        using HttpClient alice = server.Https(credentials: CredentialCache.DefaultNetworkCredentials);
        var run = await new ProtocolClient(alice).ExecuteAsync("SELECT current_user", cancellationToken: Token);
        Assert.Null(run.Error);
        Assert.Equal("alice", run.Rows.Single()[0]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_pattern_the_user_is_the_whole_principal()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm, pattern: null);
        using HttpClient http = server.Https();
        using HttpResponseMessage response = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var protocol = new ProtocolClient(http);
        protocol.Headers["User"] = Alice;
        using HttpRequestMessage post = WithToken(protocol.Post("SELECT current_user"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!);
        post.Headers.Remove("X-Trino-User");
        post.Headers.Add("X-Trino-User", Alice);
        using HttpResponseMessage posted = await http.SendAsync(post, Token);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
    }

    [Fact]
    public async Task A_user_mapping_file_maps_the_principal()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        string mapping = Path.Combine(realm.Directory, $"user-mapping-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(mapping, """{"rules": [{"pattern": "(.*)@MANIFOLD\\.TEST", "user": "krb_$1", "case": "upper"}]}""", Token);
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(properties: new()
        {
            ["http-server.authentication.type"] = "KERBEROS",
            ["http-server.authentication.krb5.service-name"] = "HTTP",
            ["http-server.authentication.krb5.keytab"] = realm.ServiceKeytabPath,
            ["http-server.authentication.krb5.user-mapping.file"] = mapping,
        });
        using HttpClient alice = server.Https(credentials: CredentialCache.DefaultNetworkCredentials);
        using var post = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT 1") };
        Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(post, Token)).StatusCode);   // no X-Trino-User: the mapped user
        Assert.Contains("\"user\":\"KRB_ALICE\"", await alice.GetStringAsync("/v1/query", Token));
    }

    [Fact]
    public async Task A_principal_the_pattern_does_not_match_is_refused()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm, pattern: @"(.*)@OTHER\.REALM");
        using HttpClient http = server.Https();
        using HttpResponseMessage response = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"principal '{Alice}' does not match http-server.authentication.krb5.user-mapping.pattern",
            await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task A_request_without_credentials_gets_the_negotiate_challenge_and_every_configured_one()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using (SecureCoordinator server = await StartAsync(realm))
        {
            using HttpClient anonymous = server.Https();
            using HttpResponseMessage response = await anonymous.GetAsync("/v1/query", Token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Negotiate", response.Headers.WwwAuthenticate.Single().ToString());
        }
        await using (SecureCoordinator both = await StartAsync(realm, types: "PASSWORD,KERBEROS"))
        {
            using HttpClient anonymous = both.Https();
            using HttpResponseMessage response = await anonymous.GetAsync("/v1/query", Token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal(["Basic realm=\"Trino\"", "Negotiate"], response.Headers.WwwAuthenticate.Select(v => v.ToString()));

            // Either method works on the same server.
            using HttpClient password = both.Https("alice", "alice-secret");
            Assert.Equal(HttpStatusCode.OK, (await password.GetAsync("/v1/query", Token)).StatusCode);
            using HttpClient kerberos = both.Https(credentials: CredentialCache.DefaultNetworkCredentials);
            Assert.Equal(HttpStatusCode.OK, (await kerberos.GetAsync("/v1/query", Token)).StatusCode);
        }
    }

    [Fact]
    public async Task A_garbage_or_replayed_token_gets_401_with_the_reason()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        using HttpClient http = server.Https();
        using HttpResponseMessage garbage = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), "not a kerberos token"u8.ToArray()), Token);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.StatusCode);
        Assert.Equal("Negotiate", garbage.Headers.WwwAuthenticate.Single().ToString());
        Assert.Contains("Kerberos: token refused", await garbage.Content.ReadAsStringAsync(Token));   // MIT says GenericFailure

        using var notBase64 = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        notBase64.Headers.TryAddWithoutValidation("Authorization", "Negotiate %%%");
        using HttpResponseMessage bad = await http.SendAsync(notBase64, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);

        byte[] token = TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!;
        using HttpResponseMessage first = await http.SendAsync(WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), token), Token);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using HttpResponseMessage replay = await http.SendAsync(WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), token), Token);
        Assert.Equal(HttpStatusCode.Unauthorized, replay.StatusCode);
        Assert.Contains("(GenericFailure", await replay.Content.ReadAsStringAsync(Token));
        Assert.Contains("Authentication failed", server.Log.ToString());
    }

    [Fact]
    public async Task A_server_whose_keytab_has_the_wrong_key_refuses_the_ticket()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        // The acceptor keytab is process-wide; every coordinator names its own at start, so the next test gets its own back.
        await using SecureCoordinator server = await StartAsync(realm, keytab: realm.WrongKeyKeytabPath);
        using HttpClient http = server.Https();
        using HttpResponseMessage response = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("keytab cannot decrypt the ticket", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task An_expired_ticket_gets_401()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        string cache = realm.Kinit("bob", TestKerberosRealm.BobPassword, lifetime: "3s");
        Assert.NotNull(TestKerberosRealm.CreateToken("HTTP/localhost", cache));
        await Task.Delay(TimeSpan.FromSeconds(4), Token);
        Assert.Null(TestKerberosRealm.CreateToken("HTTP/127.0.0.1", cache));
        var (status, body) = await CurlAsync(realm, server, cache);
        Assert.Equal(401, status);
        Assert.Contains("Unauthorized", body);
    }

    [Fact]
    public async Task The_final_token_of_mutual_authentication_comes_back_on_the_response()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        using HttpClient http = server.Https();
        using HttpResponseMessage response = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1", mutual: true)!), Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AuthenticationHeaderValue challenge = response.Headers.WwwAuthenticate.Single();
        Assert.Equal("Negotiate", challenge.Scheme);
        Assert.NotEmpty(Convert.FromBase64String(challenge.Parameter!));

        // Also on an error answer of an authenticated request.
        using HttpResponseMessage missing = await http.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query/no_such_query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1", mutual: true)!), Token);
        Assert.Equal(HttpStatusCode.Gone, missing.StatusCode);
        Assert.Equal("Negotiate", missing.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task Curl_with_negotiate_runs_a_statement()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        var (status, body) = await CurlAsync(realm, server, realm.DefaultCachePath, "SELECT current_user");
        Assert.Equal(200, status);
        JsonObject document = JsonNode.Parse(body)!.AsObject();
        Assert.StartsWith("https://", document["nextUri"]!.GetValue<string>());
        Assert.Null(document["error"]);
    }

    [Fact]
    public async Task Without_persist_credentials_a_request_without_a_token_is_refused_even_on_an_authenticated_connection()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm);
        using HttpClient client = server.Https(keepAlive: true);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task With_persist_credentials_follow_up_requests_on_an_authenticated_connection_skip_the_ticket_work()
    {
        TestKerberosRealm realm = TestKerberosRealm.Require();
        await using SecureCoordinator server = await StartAsync(realm, persistCredentials: true);
        using HttpClient handler = server.Https(keepAlive: true, credentials: CredentialCache.DefaultNetworkCredentials);
        using HttpClient upFront = server.Https(keepAlive: true);
        Assert.Equal(HttpStatusCode.OK, (await handler.GetAsync("/v1/query", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await upFront.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/info"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await upFront.SendAsync(
            WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await upFront.GetAsync("/v1/query", Token)).StatusCode);   // no token: the connection's user
        const int count = 200;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < count; i++)
        {
            using HttpResponseMessage response = await handler.GetAsync("/v1/query", Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        double cached = watch.Elapsed.TotalMilliseconds / count;
        watch.Restart();
        for (int i = 0; i < count; i++)
        {
            using HttpResponseMessage response = await upFront.SendAsync(
                WithToken(new HttpRequestMessage(HttpMethod.Get, "/v1/query"), TestKerberosRealm.CreateToken("HTTP/127.0.0.1")!), Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        double perRequest = watch.Elapsed.TotalMilliseconds / count;
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"GET /v1/query: {cached:0.000} ms per request on an authenticated connection, {perRequest:0.000} ms with a fresh token each");
    }

    [Theory]
    [InlineData("http-server.authentication.krb5.service-name", "", "needs http-server.authentication.krb5.service-name")]
    [InlineData("http-server.authentication.krb5.keytab", "/no/such/http.keytab", "http-server.authentication.krb5.keytab: file not found: '/no/such/http.keytab'")]
    [InlineData("http-server.authentication.krb5.user-mapping.pattern", "(.*@", "http-server.authentication.krb5.user-mapping.pattern is not a valid regular expression")]
    [InlineData("http-server.authentication.krb5.user-mapping.pattern", ".*", "http-server.authentication.krb5.user-mapping.pattern needs a capturing group")]
    public async Task A_bad_kerberos_setting_stops_the_start_naming_the_property(string key, string value, string expected)
    {
        var properties = new Dictionary<string, string>
        {
            ["http-server.authentication.type"] = "KERBEROS",
            ["http-server.authentication.krb5.service-name"] = "HTTP",
            ["http-server.authentication.krb5.keytab"] = typeof(KerberosAuthenticationTests).Assembly.Location,   // any existing file
        };
        properties[key] = value;
        var e = await Assert.ThrowsAsync<ManifoldException>(() => SecureCoordinator.StartAsync(properties: properties));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains(expected, e.Message);
    }

    private static async Task<(int Status, string Body)> CurlAsync(TestKerberosRealm realm, SecureCoordinator server, string cache,
        string sql = "SELECT 1")
    {
        if (!File.Exists("/usr/bin/curl"))
        {
            if (Manifold.Testing.SharedCorpus.IsCi)
            {
                Assert.Fail("curl is not installed (apt-get install curl); CI needs it");
            }
            Assert.Skip("curl is not installed (apt-get install curl)");
        }
        var start = realm.Configure(new ProcessStartInfo("curl",
        [
            "-sS", "--negotiate", "-u", ":", "--cacert", server.Certificates.CaPemPath, "-X", "POST", "--data-binary", sql,
            "-w", "\n%{http_code}", new Uri(server.HttpsAddress, "/v1/statement").ToString(),
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }, cache);
        using Process curl = Process.Start(start)!;
        string output = await curl.StandardOutput.ReadToEndAsync(Token);
        string error = await curl.StandardError.ReadToEndAsync(Token);
        await curl.WaitForExitAsync(Token);
        Assert.True(curl.ExitCode == 0, $"curl failed: {error}");
        int split = output.LastIndexOf('\n');
        return (int.Parse(output[(split + 1)..]), output[..split]);
    }
}
