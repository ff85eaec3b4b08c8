using System.Net;
using Manifold.Server.Hosting;
using Manifold.Spi.Errors;

namespace Manifold.Server.Tests.Security;

/// <summary>PASSWORD authentication with the file authenticator over HTTPS, as Trino answers (client-protocol.md §10).</summary>
public sealed class PasswordAuthenticationTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_query_over_https_with_the_right_password_runs_for_bcrypt_and_pbkdf2_users()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient alice = server.Https("alice", "alice-secret");
        var run = await new ProtocolClient(alice).ExecuteAsync("SELECT count(*) FROM tpch.tiny.nation", cancellationToken: Token);
        Assert.Null(run.Error);
        Assert.Equal(25, run.Rows.Single()[0]!.GetValue<long>());
        Assert.StartsWith("https://", run.Documents[0]["nextUri"]!.GetValue<string>());

        using HttpClient bob = server.Https("bob", "bob-secret");
        Assert.Equal(HttpStatusCode.OK, (await bob.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task A_request_without_credentials_gets_401_with_the_basic_challenge_and_info_stays_open()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient anonymous = server.Https();
        using var post = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT 1") };
        post.Headers.Add("X-Trino-User", "alice");
        using HttpResponseMessage response = await anonymous.SendAsync(post, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Basic realm=\"Trino\"", response.Headers.WwwAuthenticate.Single().ToString());

        using var presto = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        presto.Headers.Add("X-Presto-User", "alice");
        using HttpResponseMessage prestoResponse = await anonymous.SendAsync(presto, Token);
        Assert.Equal(HttpStatusCode.Unauthorized, prestoResponse.StatusCode);
        Assert.Equal("Basic realm=\"Presto\"", prestoResponse.Headers.WwwAuthenticate.Single().ToString());

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/info", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/info/state", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/v1/status", Token)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/metrics", Token)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_gets_401_and_is_logged_without_the_password()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        foreach (var (user, password) in new[] { ("alice", "wrong-password"), ("mallory", "alice-secret") })
        {
            using HttpClient http = server.Https(user, password);
            using HttpResponseMessage response = await http.GetAsync("/v1/query", Token);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("Basic realm=\"Trino\"", response.Headers.WwwAuthenticate.Single().ToString());
            Assert.Contains("Invalid credentials", await response.Content.ReadAsStringAsync(Token));
        }
        string log = server.Log.ToString();
        Assert.Contains("Authentication failed for user 'alice'", log);
        Assert.Contains("Authentication failed for user 'mallory'", log);
        Assert.DoesNotContain("wrong-password", log);
    }

    [Fact]
    public async Task The_authenticated_user_may_not_act_as_another_user()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient bob = server.Https("bob", "bob-secret");
        using HttpResponseMessage response = await bob.SendAsync(new ProtocolClient(bob).Post("SELECT 1"), Token);   // X-Trino-User: alice
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("User bob cannot impersonate user alice", await response.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task Without_x_trino_user_the_authenticated_user_is_the_session_user()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient bob = server.Https("bob", "bob-secret");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT 1") };
        using HttpResponseMessage response = await bob.SendAsync(post, Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string queries = await bob.GetStringAsync("/v1/query", Token);
        Assert.Contains("\"user\":\"bob\"", queries);
    }

    [Fact]
    public async Task A_password_user_mapping_file_turns_the_login_name_into_the_user_or_refuses_it()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(
            properties: new() { ["http-server.authentication.password.user-mapping.file"] = "${ETC}/user-mapping.json" },
            etcFiles: new()
            {
                ["user-mapping.json"] = """{"rules": [{"pattern": "bob", "allow": false}, {"pattern": "(.*)", "case": "upper"}]}""",
            });
        using HttpClient alice = server.Https("alice", "alice-secret");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/v1/statement") { Content = new StringContent("SELECT 1") };
        Assert.Equal(HttpStatusCode.OK, (await alice.SendAsync(post, Token)).StatusCode);
        Assert.Contains("\"user\":\"ALICE\"", await alice.GetStringAsync("/v1/query", Token));

        using HttpClient bob = server.Https("bob", "bob-secret");
        using HttpResponseMessage refused = await bob.GetAsync("/v1/query", Token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("user 'bob' is refused by http-server.authentication.password.user-mapping.file", await refused.Content.ReadAsStringAsync(Token));
    }

    [Fact]
    public async Task A_password_over_plain_http_is_refused_and_http_needs_allow_insecure_over_http()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync();
        using HttpClient withPassword = server.Http("alice", "alice-secret");
        using HttpResponseMessage refused = await withPassword.GetAsync("/v1/query", Token);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Password not allowed for insecure authentication", await refused.Content.ReadAsStringAsync(Token));

        using HttpClient userOnly = server.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/query");
        request.Headers.Add("X-Trino-User", "alice");
        using HttpResponseMessage forbidden = await userOnly.SendAsync(request, Token);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("Authentication over HTTP is not enabled", await forbidden.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.OK, (await userOnly.GetAsync("/v1/info", Token)).StatusCode);

        await using SecureCoordinator insecure = await SecureCoordinator.StartAsync(
            properties: new() { ["http-server.authentication.allow-insecure-over-http"] = "true" });
        using HttpClient http = insecure.Http();
        var run = await new ProtocolClient(http).ExecuteAsync("SELECT 1", cancellationToken: Token);
        Assert.Null(run.Error);
        using HttpClient stillNoPassword = insecure.Http("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await stillNoPassword.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task Broken_lines_of_the_password_file_are_logged_with_their_number_and_the_other_users_still_work()
    {
        string[] lines =
        [
            "alice:" + Manifold.Server.Security.PasswordHash.HashBcrypt("alice-secret", 8),
            "no-colon-here",
            "carol:$2y$04$" + new string('a', 53),
            "dave:plaintext",
            "erin:10:zz:00",
            "bob:" + SecureCoordinator.Pbkdf2("bob-secret"),
        ];
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(lines);
        string log = server.Log.ToString();
        Assert.Contains("line 2: expected user:hash", log);
        Assert.Contains("line 3: user 'carol': bcrypt cost 4 is below the minimum of 8", log);
        Assert.Contains("line 4: user 'dave'", log);
        Assert.Contains("line 5: user 'erin': malformed PBKDF2 hash", log);
        foreach (var (user, password) in new[] { ("alice", "alice-secret"), ("bob", "bob-secret") })
        {
            using HttpClient http = server.Https(user, password);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/v1/query", Token)).StatusCode);
        }
    }

    [Fact]
    public async Task A_changed_password_file_is_reloaded_after_the_refresh_period()
    {
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(refreshPeriod: "100ms");
        using HttpClient before = server.Https("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.OK, (await before.GetAsync("/v1/query", Token)).StatusCode);

        await File.WriteAllLinesAsync(server.PasswordFilePath,
            ["alice:" + Manifold.Server.Security.PasswordHash.HashBcrypt("new-secret", 8)], Token);
        File.SetLastWriteTimeUtc(server.PasswordFilePath, DateTime.UtcNow.AddSeconds(5));
        await Task.Delay(300, Token);

        using HttpClient oldPassword = server.Https("alice", "alice-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await oldPassword.GetAsync("/v1/query", Token)).StatusCode);
        using HttpClient newPassword = server.Https("alice", "new-secret");
        Assert.Equal(HttpStatusCode.OK, (await newPassword.GetAsync("/v1/query", Token)).StatusCode);
        using HttpClient bob = server.Https("bob", "bob-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, (await bob.GetAsync("/v1/query", Token)).StatusCode);
    }

    [Fact]
    public async Task A_missing_password_authenticator_file_is_configuration_invalid()
    {
        using var certificates = Manifold.Testing.Security.TestCertificates.Create();
        var e = await Assert.ThrowsAsync<ManifoldException>(() => CoordinatorHost.StartAsync(new CoordinatorOptions
        {
            EtcDirectory = certificates.Directory,
            Port = 0,
            BindAddress = "127.0.0.1",
            LogWriter = TextWriter.Null,
            Properties = new Dictionary<string, string> { ["http-server.authentication.type"] = "PASSWORD" },
        }, Token));
        Assert.Equal(StandardErrorCode.ConfigurationInvalid, e.ErrorCode);
        Assert.Contains("password-authenticator.properties", e.Message);
    }

    [Fact]
    public async Task The_authenticated_user_reaches_resource_group_selectors()
    {
        const string groups = """
            { "rootGroups": [
                { "name": "authenticated", "softMemoryLimit": "100%", "hardConcurrencyLimit": 5, "maxQueued": 5 },
                { "name": "anonymous", "softMemoryLimit": "100%", "hardConcurrencyLimit": 5, "maxQueued": 5 } ],
              "selectors": [{ "authenticatedUser": "alice", "group": "authenticated" }, { "group": "anonymous" }] }
            """;
        await using SecureCoordinator server = await SecureCoordinator.StartAsync(etcFiles: new() { ["resource-groups.json"] = groups });
        using HttpClient alice = server.Https("alice", "alice-secret");
        var run = await new ProtocolClient(alice).ExecuteAsync(
            "SELECT array_join(resource_group_id, '.') FROM system.runtime.queries WHERE state = 'RUNNING'", cancellationToken: Token);
        Assert.Null(run.Error);
        Assert.Equal("authenticated", run.Rows.Single()[0]!.GetValue<string>());

        using HttpClient bob = server.Https("bob", "bob-secret");
        using HttpRequestMessage post = new ProtocolClient(bob).Post(
            "SELECT array_join(resource_group_id, '.') FROM system.runtime.queries WHERE state = 'RUNNING'");
        post.Headers.Remove("X-Trino-User");
        post.Headers.Add("X-Trino-User", "bob");
        using HttpResponseMessage response = await bob.SendAsync(post, Token);
        var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Token))!;
        var rows = new List<string>();
        while (page["nextUri"]?.GetValue<string>() is { } next)
        {
            page = System.Text.Json.Nodes.JsonNode.Parse(await bob.GetStringAsync(next, Token))!;
            rows.AddRange(page["data"]?.AsArray().Select(r => r![0]!.GetValue<string>()) ?? []);
        }
        Assert.Null(page["error"]);
        Assert.Equal(["anonymous"], rows);
    }
}
